import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AddToReviewsButton } from "@/components/cards/AddToReviewsButton";
import { CardBody } from "@/components/cards/CardBody";
import { DomainBadges } from "@/components/cards/DomainBadges";
import { MisconceptionPair } from "@/components/cards/MisconceptionPair";
import { buttonSecondary, panel } from "@/components/ui/styles";
import { loadCards } from "@/lib/content/load";

// Every card is prerendered at build time; an unknown id is a real 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return loadCards().map((c) => ({ id: c.id }));
}

type Props = { params: Promise<{ id: string }> };

function findCard(id: string) {
  return loadCards().find((c) => c.id === id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const card = findCard((await params).id);
  return card ? { title: card.title, description: card.summary } : {};
}

export default async function CardPage({ params }: Props) {
  const card = findCard((await params).id);
  if (!card) notFound();
  const all = loadCards();
  const related = card.related.map((id) => all.find((c) => c.id === id)).filter((c) => c !== undefined);

  return (
    <article className="grid gap-x-8 gap-y-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <header>
        <nav aria-label="Breadcrumb" className="mb-3 text-sm text-slate-600 dark:text-slate-400">
          <Link href="/learn" className="underline">
            Learn
          </Link>{" "}
          / {card.section} / {card.topic}
        </nav>
        <h1 className="text-3xl font-bold tracking-tight">{card.title}</h1>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <DomainBadges domains={card.domains} />
          {card.source === "beyond-notes" ? (
            <span className="rounded bg-violet-100 px-1.5 py-0.5 text-xs font-semibold text-violet-900 dark:bg-violet-900 dark:text-violet-100">
              Beyond the notes
            </span>
          ) : null}
        </div>
        <p className="mt-4 text-lg text-slate-700 dark:text-slate-300">{card.summary}</p>
      </header>

      <div className={`${panel} self-start lg:col-start-2 lg:row-start-1`}>
        <AddToReviewsButton cardId={card.id} />
        {card.scenario ? (
          <Link href={`/sandbox?scenario=${card.scenario}`} className={`${buttonSecondary} mt-3 w-full`}>
            Watch it in the sandbox
          </Link>
        ) : null}
      </div>

      <div className="min-w-0 lg:row-start-2">
        {card.changed.length > 0 ? (
          <aside
            className="mt-6 rounded-xl border border-amber-300 bg-amber-50 p-4 dark:border-amber-800 dark:bg-amber-950/40"
            aria-labelledby="changed-title"
          >
            <h2 id="changed-title" className="font-semibold text-amber-900 dark:text-amber-200">
              What changed since the notes
            </h2>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {card.changed.map((c) => (
                <li key={c.date + c.what}>
                  <time dateTime={c.date} className="font-semibold">
                    {c.date}
                  </time>
                  : {c.what}
                </li>
              ))}
            </ul>
          </aside>
        ) : null}

        <section aria-labelledby="misconceptions-title" className="mt-8">
          <h2 id="misconceptions-title" className="mb-3 text-xl font-semibold">
            Misconceptions
          </h2>
          <ul className="space-y-4">
            {card.misconceptions.map((m, i) => (
              <MisconceptionPair key={m.id} pair={m} index={i} />
            ))}
          </ul>
        </section>

        <div className="mt-4">
          <CardBody source={card.body} />
        </div>
      </div>

      <aside className="space-y-4 self-start lg:col-start-2 lg:row-start-2" aria-label="Related cards and references">
        {related.length > 0 ? (
          <nav className={panel} aria-labelledby="related-title">
            <h2 id="related-title" className="font-semibold">
              Related cards
            </h2>
            <ul className="mt-2 space-y-1">
              {related.map((r) => (
                <li key={r.id}>
                  <Link href={`/learn/${r.id}`} className="text-sky-800 underline dark:text-sky-300">
                    {r.title}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <section className={panel} aria-labelledby="refs-title">
          <h2 id="refs-title" className="font-semibold">
            References
          </h2>
          <ul className="mt-2 space-y-1 text-sm">
            {card.references.map((url) => (
              <li key={url} className="break-words">
                <a href={url} className="text-sky-800 underline dark:text-sky-300" rel="noopener noreferrer">
                  {url.replace(/^https:\/\/(docs\.aws\.amazon\.com\/)?/, "")}
                </a>
              </li>
            ))}
          </ul>
        </section>
      </aside>
    </article>
  );
}
