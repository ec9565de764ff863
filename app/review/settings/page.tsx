import type { Metadata } from "next";
import Link from "next/link";
import { SettingsForm } from "@/components/review/SettingsForm";
import { PageHeader } from "@/components/ui/PageHeader";
import { buttonSecondary, panel } from "@/components/ui/styles";
import { db } from "@/lib/server/platform/db";
import { getReviewSettings } from "@/lib/server/reviews/settings";
import { requirePageUser } from "@/lib/server/auth/session";

export const metadata: Metadata = { title: "Review settings" };

export default async function ReviewSettingsPage() {
  const user = await requirePageUser("/review/settings");
  const settings = await getReviewSettings(db, user.id);
  return (
    <>
      <PageHeader
        title="Review settings"
        lead="Scheduling uses FSRS, the algorithm modern Anki uses. The defaults suit most learners."
        actions={
          <Link href="/review" className={buttonSecondary}>
            Back to reviews
          </Link>
        }
      />
      <div className={panel}>
        <SettingsForm initial={settings} />
      </div>
    </>
  );
}
