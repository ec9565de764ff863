import { Dashboard } from "@/components/dashboard/Dashboard";
import { Landing } from "@/components/dashboard/Landing";
import { getDashboard } from "@/lib/server/dashboard/dashboard";
import { examNow } from "@/lib/server/exams/clock";
import { getReadiness } from "@/lib/server/exams/readiness";
import { db } from "@/lib/server/platform/db";
import { getCurrentUser } from "@/lib/server/auth/session";

export default async function HomePage() {
  const user = await getCurrentUser();
  if (!user) return <Landing />;
  const [data, readiness] = await Promise.all([
    getDashboard(db, user.id, new Date()),
    getReadiness(db, user.id, examNow()),
  ]);
  return <Dashboard name={user.name ?? user.email} data={data} readiness={readiness} />;
}
