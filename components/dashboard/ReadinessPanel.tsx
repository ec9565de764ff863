import Link from "next/link";
import { buttonSecondary, panel } from "@/components/ui/styles";
import { DOMAIN_NAMES, DOMAINS } from "@/lib/content/schema";
import { HALF_LIFE_DAYS, RECALL_CAP, RECALL_ITEM_WEIGHT, type Readiness } from "@/lib/exam/readiness";
import { StudyDomainButton } from "./StudyDomainButton";

function Method() {
  return (
    <details className="mt-4 text-sm">
      <summary className="cursor-pointer font-medium">How this is estimated</summary>
      <div className="mt-2 space-y-2 text-slate-700 dark:text-slate-300">
        <p>
          For each domain we estimate your chance of answering an exam question right from two kinds of evidence: your
          answers in recent mocks, practice and section attempts (recent ones count more; an answer {HALF_LIFE_DAYS}{" "}
          days old counts half), and the recall probability FSRS gives each card or question you have reviewed in that
          domain (each item counts as {RECALL_ITEM_WEIGHT} of an exam answer, and all of a domain&apos;s items together
          at most {RECALL_CAP} answers, because remembering a fact is weaker evidence than solving a scenario).
        </p>
        <p>
          The domains are weighted as the exam weights them (26, 29, 25 and 20 %), and the result is mapped to the
          100–1000 scale the same way mock scores are. The range is a 90 % interval: it includes both what we do not
          know yet about you and the luck of a 65-question exam, so it narrows as you practise. The weakest domain is
          the one with the lowest estimate.
        </p>
      </div>
    </details>
  );
}

/** The dashboard's exam-readiness estimate: a predicted score with its range, per domain, and what to study next. */
export function ReadinessPanel({ readiness }: { readiness: Readiness }) {
  return (
    <section aria-labelledby="readiness-heading" className={`${panel} mt-8`} data-testid="readiness">
      <h2 id="readiness-heading" className="text-lg font-semibold">
        Exam readiness
      </h2>
      {readiness.status === "insufficient" ? (
        <>
          <p className="mt-2 text-slate-600 dark:text-slate-400">
            Not enough evidence for an estimate yet. Take a mock or a practice, or review some cards, and a predicted
            score appears here.
          </p>
          <Link href="/exams" className={`${buttonSecondary} mt-4`}>
            Go to mock exams
          </Link>
        </>
      ) : (
        <>
          <p className="mt-2">
            Predicted score{" "}
            <strong className="text-2xl tabular-nums" data-testid="predicted-score">
              {readiness.predicted}
            </strong>{" "}
            <span className="text-slate-600 dark:text-slate-400">
              (likely between {readiness.low} and {readiness.high}; chance of passing about{" "}
              {Math.round(readiness.passChance * 100)} %)
            </span>
          </p>
          <ul className="mt-4 grid gap-2 sm:grid-cols-2">
            {DOMAINS.map((d) => {
              const x = readiness.domains[d];
              const pct = Math.round(x.p * 100);
              return (
                <li key={d} className="text-sm">
                  <span className="font-semibold">{d}</span> {DOMAIN_NAMES[d]}:{" "}
                  {x.evidence > 0 ? `${pct} %` : "no evidence yet"}
                  {d === readiness.weakest ? (
                    <strong className="text-rose-800 dark:text-rose-300"> (weakest)</strong>
                  ) : null}
                  <span aria-hidden="true" className="mt-1 block h-1.5 rounded bg-slate-200 dark:bg-slate-800">
                    <span
                      className="block h-1.5 rounded bg-sky-700 dark:bg-sky-400"
                      style={{ width: `${x.evidence > 0 ? pct : 0}%` }}
                    />
                  </span>
                </li>
              );
            })}
          </ul>
          <div className="mt-4">
            <StudyDomainButton
              domain={readiness.weakest}
              label={`Study your weakest domain: ${readiness.weakest} ${DOMAIN_NAMES[readiness.weakest]}`}
            />
          </div>
        </>
      )}
      <Method />
    </section>
  );
}
