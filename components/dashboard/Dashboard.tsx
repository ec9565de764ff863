import Link from "next/link";
import type { DashboardData } from "@/lib/server/dashboard/dashboard";
import type { Readiness } from "@/lib/exam/readiness";
import { ReadinessPanel } from "./ReadinessPanel";
import type { LambdaDeck } from "@/lib/server/learn/lambda-deck";
import { StartDeckButton } from "@/components/review/StartDeckButton";
import { buttonPrimary, buttonSecondary, panel } from "@/components/ui/styles";

function Stat({ label, value, testId }: { label: string; value: string | number; testId?: string }) {
  return (
    <div className={panel}>
      <dt className="text-sm text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="mt-1 text-2xl font-bold sm:text-3xl" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

/** The signed-in home page. */
export function Dashboard({
  name,
  data,
  readiness,
  starter,
}: {
  name: string;
  data: DashboardData;
  readiness?: Readiness;
  /** Offered when the learner's reviews are empty: the one button that gets a new student going. */
  starter: LambdaDeck | null;
}) {
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">Welcome back, {name}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        {data.dueNow > 0
          ? `You have ${data.dueNow} review${data.dueNow === 1 ? "" : "s"} due. A short session now keeps them fresh.`
          : data.inReview > 0
            ? "Nothing is due right now. Read a new card or try the sandbox."
            : starter
              ? "Your reviews are empty."
              : "Start by reading a concept card and adding it to your reviews."}
      </p>
      {starter ? (
        <section
          aria-labelledby="starter-title"
          className={`${panel} mt-6 border-sky-300 text-center dark:border-sky-800`}
          data-testid="starter-deck"
        >
          <h2 id="starter-title" className="text-xl font-semibold">
            New here? Start with the Lambda deck
          </h2>
          <p className="mx-auto mt-2 max-w-xl text-slate-600 dark:text-slate-400">
            One click adds all {starter.cards} concept cards ({starter.items} short questions) to your reviews and opens
            the first one.
          </p>
          <div className="mt-4">
            <StartDeckButton cards={starter.cards} />
          </div>
        </section>
      ) : null}
      <dl className="mt-6 grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4">
        <Stat label="Due now" value={data.dueNow} testId="due-count" />
        <Stat label="Reviewed today" value={data.reviewedToday} />
        <Stat label="Items in your reviews" value={data.inReview} />
        <Stat
          label="Last mock exam"
          value={data.lastExam ? `${data.lastExam.scaledScore ?? "–"}${data.lastExam.passed ? " ✓" : ""}` : "None yet"}
        />
      </dl>
      <section aria-labelledby="shortcuts" className="mt-8">
        <h2 id="shortcuts" className="text-lg font-semibold">
          Shortcuts
        </h2>
        <div className="mt-3 flex flex-wrap gap-3">
          <Link href="/review" className={starter ? buttonSecondary : buttonPrimary}>
            {data.dueNow > 0 ? `Review ${data.dueNow} due` : "Open reviews"}
          </Link>
          <Link href="/learn" className={buttonSecondary}>
            Browse {data.cards} concept cards
          </Link>
          <Link href="/sandbox" className={buttonSecondary}>
            Open the Lambda sandbox
          </Link>
          <Link href="/exams" className={buttonSecondary}>
            Mock exams
          </Link>
        </div>
      </section>
      {readiness ? <ReadinessPanel readiness={readiness} /> : null}
    </div>
  );
}
