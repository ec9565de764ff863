import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/ComingSoon";
import { PageHeader } from "@/components/ui/PageHeader";
import { requirePageUser } from "@/lib/server/auth/session";

export const metadata: Metadata = { title: "Mock exams" };

export default async function ExamsPage() {
  await requirePageUser("/exams");
  return (
    <>
      <PageHeader title="Mock exams" lead="Timed mock exams in the SAP-C02 format." />
      <ComingSoon
        items={[
          "75 questions in 180 minutes, 65 scored",
          "Multiple choice and multiple response (Select TWO)",
          "Flag for review, a review screen, a scaled score and a per-domain report",
          "History of past attempts",
        ]}
      >
        Mock exams arrive with their own feature.
      </ComingSoon>
    </>
  );
}
