import type { Metadata } from "next";
import { AddShownButton } from "@/components/cards/AddShownButton";
import { CardFilters } from "@/components/cards/CardFilters";
import { CardList } from "@/components/cards/CardList";
import { filterCards } from "@/components/cards/filter";
import { PageHeader } from "@/components/ui/PageHeader";
import { toSummary } from "@/lib/content/catalog";
import { loadCards } from "@/lib/content/load";
import { DOMAIN_NAMES, DOMAINS, SECTIONS } from "@/lib/content/schema";
import { getCurrentUser } from "@/lib/server/auth/session";
import { getCardProgress } from "@/lib/server/learn/cards";
import { db } from "@/lib/server/platform/db";
import { cardFilterSchema } from "@/lib/validations/learn";

export const metadata: Metadata = { title: "Learn" };

const filterSchema = cardFilterSchema({ sections: SECTIONS, domains: DOMAINS });

// Filtered on the server: the list arrives as HTML and only the filter form hydrates (the list
// used to be filtered in the browser, so the first paint waited for all 50 cards to hydrate).
export default async function LearnPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const filter = filterSchema.parse(await searchParams);
  const user = await getCurrentUser();
  const progress = user ? await getCardProgress(db, user.id) : {};
  const cards = loadCards().map(toSummary);
  const shown = filterCards(cards, user ? filter : { ...filter, progress: "" }, progress);
  return (
    <>
      <PageHeader
        title="Learn"
        lead={`${cards.length} concept cards covering AWS Lambda for SAP-C02. Each one pairs a common misconception with the correct statement and the reason.`}
      />
      <CardFilters
        filter={filter}
        sections={SECTIONS.map((s) => [s, s] as const)}
        domains={DOMAINS.map((d) => [d, `${d}: ${DOMAIN_NAMES[d]}`] as const)}
        signedIn={Boolean(user)}
      />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <p aria-live="polite" className="text-sm text-slate-600 dark:text-slate-400" data-testid="card-count">
          {shown.length} of {cards.length} cards{shown.length < cards.length ? " match" : ""}
        </p>
        {user && shown.length > 0 ? (
          <AddShownButton cardIds={shown.map((c) => c.id)} all={shown.length === cards.length} />
        ) : null}
      </div>
      <CardList shown={shown} sections={SECTIONS} progress={progress} />
    </>
  );
}
