import { Dashboard } from "@/components/dashboard/Dashboard";
import { Landing } from "@/components/dashboard/Landing";
import { getDashboard } from "@/lib/server/dashboard/dashboard";
import { db } from "@/lib/server/platform/db";
import { getCurrentUser } from "@/lib/server/auth/session";

export default async function HomePage() {
  const user = await getCurrentUser();
  if (!user) return <Landing />;
  const data = await getDashboard(db, user.id, new Date());
  return <Dashboard name={user.name ?? user.email} data={data} />;
}
