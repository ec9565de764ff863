import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/ComingSoon";
import { PageHeader } from "@/components/ui/PageHeader";
import { requirePageUser } from "@/lib/server/session";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage() {
  await requirePageUser("/review");
  return (
    <>
      <PageHeader
        title="Review"
        lead="Spaced-repetition sessions for the misconceptions and questions you are learning."
      />
      <ComingSoon
        items={[
          "FSRS scheduling of every item you add",
          "Again / Hard / Good / Easy with the next interval on each button",
          "Full keyboard control and undo",
          "Statistics: retention, forecast, streak",
        ]}
      >
        Daily review sessions arrive with the spaced-repetition feature.
      </ComingSoon>
    </>
  );
}
