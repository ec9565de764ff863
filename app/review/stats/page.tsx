import type { Metadata } from "next";
import Link from "next/link";
import { MasteryTable } from "@/components/stats/MasteryTable";
import { DailyChartPanel } from "@/components/stats/DailyChartPanel";
import { PageHeader } from "@/components/ui/PageHeader";
import { buttonSecondary, panel } from "@/components/ui/styles";
import { db } from "@/lib/server/platform/db";
import { getReviewStats } from "@/lib/server/reviews/stats";
import { requirePageUser } from "@/lib/server/auth/session";

export const metadata: Metadata = { title: "Review statistics" };

const pct = (x: number | null) => (x === null ? "–" : `${(x * 100).toFixed(1)}%`);

export default async function StatsPage() {
  const user = await requirePageUser("/review/stats");
  const s = await getReviewStats(db, user.id, new Date());
  const last30 = s.perDay.reduce((a, d) => a + d.reviews, 0);
  const next30 = s.forecast.reduce((a, d) => a + d.due, 0);
  return (
    <>
      <PageHeader
        title="Review statistics"
        lead="How much you review, how much you remember, and what is coming."
        actions={
          <Link href="/review" className={buttonSecondary}>
            Back to reviews
          </Link>
        }
      />
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <div className={panel}>
          <dt className="text-sm text-slate-600 dark:text-slate-400">Reviews today</dt>
          <dd className="text-3xl font-bold" data-testid="stat-today">
            {s.totals.today}
          </dd>
        </div>
        <div className={panel}>
          <dt className="text-sm text-slate-600 dark:text-slate-400">Streak</dt>
          <dd className="text-3xl font-bold" data-testid="stat-streak">
            {s.streak} day{s.streak === 1 ? "" : "s"}
          </dd>
        </div>
        <div className={panel}>
          <dt className="text-sm text-slate-600 dark:text-slate-400">True retention (30 days)</dt>
          <dd className="text-3xl font-bold">{pct(s.retention.actual)}</dd>
          <dd className="text-sm text-slate-600 dark:text-slate-400">
            desired {pct(s.retention.desired)} · {s.retention.reviews} mature reviews
          </dd>
        </div>
        <div className={panel}>
          <dt className="text-sm text-slate-600 dark:text-slate-400">Items started</dt>
          <dd className="text-3xl font-bold">
            {s.totals.started}/{s.totals.items}
          </dd>
        </div>
      </dl>

      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <DailyChartPanel
          id="perday"
          title="Reviews per day"
          unit="Reviews"
          color="#0284c7"
          data={s.perDay.map((d) => ({ date: d.date, value: d.reviews }))}
          summary={`${last30} reviews in the last 30 days; ${s.totals.today} today.`}
        />
        <DailyChartPanel
          id="forecast"
          title="Due in the next 30 days"
          unit="Due"
          color="#059669"
          data={s.forecast.map((d) => ({ date: d.date, value: d.due }))}
          summary={`${next30} reviews fall due in the next 30 days; ${s.forecast[0]?.due ?? 0} today (including overdue) and ${s.forecast[1]?.due ?? 0} tomorrow.`}
        />
      </div>

      <section className={`${panel} mt-6 grid gap-8 lg:grid-cols-2`} aria-label="Mastery">
        <MasteryTable title="Mastery by section" rows={s.mastery.bySection} />
        <MasteryTable title="Mastery by SAP-C02 domain" rows={s.mastery.byDomain} />
      </section>
    </>
  );
}
