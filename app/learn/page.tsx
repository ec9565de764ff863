import type { Metadata } from "next";
import { Suspense } from "react";
import { CardBrowser } from "@/components/cards/CardBrowser";
import { PageHeader } from "@/components/ui/PageHeader";
import { toSummary } from "@/lib/content/catalog";
import { loadCards } from "@/lib/content/load";

export const metadata: Metadata = { title: "Learn" };

export default function LearnPage() {
  const cards = loadCards().map(toSummary);
  return (
    <>
      <PageHeader
        title="Learn"
        lead={`${cards.length} concept cards covering AWS Lambda for SAP-C02. Each one pairs a common misconception with the correct statement and the reason.`}
      />
      <Suspense fallback={<p>Loading cards…</p>}>
        <CardBrowser cards={cards} />
      </Suspense>
    </>
  );
}
