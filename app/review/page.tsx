import type { Metadata } from "next";
import Link from "next/link";
import { BankSubscriptions } from "@/components/review/BankSubscriptions";
import { ReviewSession } from "@/components/review/ReviewSession";
import { PageHeader } from "@/components/ui/PageHeader";
import { buttonSecondary } from "@/components/ui/styles";
import { db } from "@/lib/server/platform/db";
import { requirePageUser } from "@/lib/server/auth/session";
import { listPublishedBanks, syncSubscribedQuestions } from "@/lib/server/banks/subscriptions";
import { getStarterDeck } from "@/lib/server/learn/lambda-deck";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage() {
  const user = await requirePageUser("/review");
  // New questions added to banks the learner follows join their reviews when they open the page.
  await syncSubscribedQuestions(db, user.id, new Date());
  const [banks, starter] = await Promise.all([listPublishedBanks(db, user.id), getStarterDeck(db, user.id)]);
  return (
    <>
      <PageHeader
        title="Review"
        lead="One item at a time, scheduled by FSRS so each review comes just before you would forget."
        actions={
          <>
            <Link href="/review/stats" className={buttonSecondary}>
              Statistics
            </Link>
            <Link href="/review/settings" className={buttonSecondary}>
              Settings
            </Link>
          </>
        }
      />
      <ReviewSession starter={starter} />
      <BankSubscriptions banks={banks} />
    </>
  );
}
