import type { Metadata } from "next";
import Link from "next/link";
import { History } from "@/components/exam/History";
import { StartExam } from "@/components/exam/StartExam";
import { PageHeader } from "@/components/ui/PageHeader";
import { buttonPrimary, panel } from "@/components/ui/styles";
import { requirePageUser } from "@/lib/server/auth/session";
import { examNow } from "@/lib/server/exams/clock";
import { getHistory } from "@/lib/server/exams/history";
import { missedQuestionIds, sectionChoices } from "@/lib/server/exams/pool";
import { db } from "@/lib/server/platform/db";

export const metadata: Metadata = { title: "Mock exams" };

export default async function ExamsPage() {
  const user = await requirePageUser("/exams");
  const history = await getHistory(db, user.id, examNow());
  const [choices, missed] = await Promise.all([sectionChoices(db), missedQuestionIds(db, user.id)]);
  const live = Object.values(choices.domains).reduce((s, n) => s + n, 0);
  return (
    <>
      <PageHeader
        title="Mock exams"
        lead="Rehearse SAP-C02: a timed mock in the real format, or practise with explanations after each question."
      />
      {history.open.length > 0 ? (
        <section aria-labelledby="open-heading" className={`${panel} mb-6`}>
          <h2 id="open-heading" className="text-lg font-semibold">
            In progress
          </h2>
          <ul className="mt-3 space-y-2">
            {history.open.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-3">
                <span>
                  {a.title} · {a.questions} questions · started {a.startedAt.slice(0, 16).replace("T", " ")} UTC
                  {a.deadlineAt ? ` · ends ${a.deadlineAt.slice(11, 16)} UTC` : ""}
                </span>
                <Link href={`/exams/${a.id}`} className={buttonPrimary}>
                  Resume
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <StartExam choices={choices} missed={missed.length} live={live} />
      <History history={history} />
    </>
  );
}
