import type { Metadata } from "next";
import { Dashboard } from "@/components/dashboard/Dashboard";
import { Landing } from "@/components/dashboard/Landing";
import { getDashboard } from "@/lib/server/dashboard/dashboard";
import { db } from "@/lib/server/platform/db";
import { getCurrentUser } from "@/lib/server/auth/session";
import { getStarterDeck } from "@/lib/server/learn/lambda-deck";
import { examNow } from "@/lib/server/exams/clock";
import { getReadiness } from "@/lib/server/exams/readiness";

export const metadata: Metadata = { title: "Dashboard" };

/**
 * The signed-in home page. Visitors with a session cookie reach it at / (proxy.ts rewrites), so
 * the landing page at / stays static; a stale or forged cookie still gets the landing page here.
 */
export default async function DashboardPage() {
  const user = await getCurrentUser();
  if (!user) return <Landing />;
  const [data, starter, readiness] = await Promise.all([
    getDashboard(db, user.id, new Date()),
    getStarterDeck(db, user.id),
    getReadiness(db, user.id, examNow()),
  ]);
  return <Dashboard name={user.name ?? user.email} data={data} starter={starter} readiness={readiness} />;
}
