import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/ComingSoon";
import { PageHeader } from "@/components/ui/PageHeader";

export const metadata: Metadata = { title: "Learn" };

export default function LearnPage() {
  return (
    <>
      <PageHeader title="Learn" lead="Concept cards for every Lambda topic of the SAP-C02 exam." />
      <ComingSoon
        items={[
          "Cards grouped by section, with search and filters",
          "Misconception pairs: you might think… / actually… / because…",
          "Watch each concept in the sandbox",
        ]}
      >
        The concept cards arrive with their own feature.
      </ComingSoon>
    </>
  );
}
