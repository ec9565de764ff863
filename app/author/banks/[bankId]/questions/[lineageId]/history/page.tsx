import type { Metadata } from "next";
import Link from "next/link";
import { VersionDiff } from "@/components/authoring/VersionDiff";
import { Markdown } from "@/components/ui/Markdown";
import { PageHeader } from "@/components/ui/PageHeader";
import { buttonSecondary, inputBase, muted, panel } from "@/components/ui/styles";
import { compareVersions, questionHistory } from "@/lib/server/authoring/history";
import { orNotFound, requireAuthorBank } from "@/lib/server/authoring/pages";
import { db } from "@/lib/server/platform/db";

export const metadata: Metadata = { title: "Question history" };

type Props = {
  params: Promise<{ bankId: string; lineageId: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
};

const when = (d: Date) => d.toISOString().slice(0, 16).replace("T", " ") + " UTC";

export default async function HistoryPage({ params, searchParams }: Props) {
  const { bankId, lineageId } = await params;
  const path = `/author/banks/${bankId}/questions/${lineageId}/history`;
  const { user, bank } = await requireAuthorBank(path, bankId);
  const history = await orNotFound(() => questionHistory(db, user, bank.id, lineageId));
  const query = await searchParams;
  const newest = history[0]!.version;
  const to = Number(query.to ?? newest);
  const from = Number(query.from ?? Math.max(1, to - 1));
  const diff = history.length > 1 ? compareVersions(history, from, to) : null;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/author/banks/${bank.id}`} className="underline">
          {bank.title}
        </Link>{" "}
        /{" "}
        <Link href={`/author/banks/${bank.id}/questions/${lineageId}`} className="underline">
          Edit question
        </Link>
      </p>
      <PageHeader
        title="Question history"
        lead="Every version, newest first. Answers and reports stay with the version they were about."
      />
      {history.length > 1 ? (
        <section className={`${panel} mb-6`} aria-labelledby="compare-title">
          <h2 id="compare-title" className="text-lg font-semibold">
            Compare versions
          </h2>
          <form className="my-3 flex flex-wrap items-end gap-3" method="get" action={path}>
            {(["from", "to"] as const).map((name) => (
              <div key={name}>
                <label htmlFor={`compare-${name}`} className="mb-1 block text-sm font-medium">
                  {name === "from" ? "From version" : "To version"}
                </label>
                <select
                  id={`compare-${name}`}
                  name={name}
                  defaultValue={name === "from" ? from : to}
                  className={inputBase}
                >
                  {history.map((v) => (
                    <option key={v.version} value={v.version}>
                      {v.version}
                    </option>
                  ))}
                </select>
              </div>
            ))}
            <button type="submit" className={buttonSecondary}>
              Compare
            </button>
          </form>
          {diff ? <VersionDiff changes={diff.changes} /> : <p>Pick two versions that exist.</p>}
        </section>
      ) : null}
      <ol className="grid gap-4">
        {history.map((v) => (
          <li key={v.id} className={panel}>
            <h2 className="font-semibold">
              Version {v.version}
              {v.supersededAt ? "" : v.retiredAt ? " (deleted)" : " (current)"}
            </h2>
            <p className={`text-sm ${muted}`}>
              Created {when(v.createdAt)}
              {v.supersededAt ? ` · replaced ${when(v.supersededAt)}` : ""} · {v.examAnswers} exam answers ·{" "}
              {v.practiceAnswers} practice answers · {v.reports} reports
            </p>
            <div className="mt-2">
              <Markdown text={v.draft.stem} />
            </div>
            <ul className="mt-2 list-disc pl-6 text-sm">
              {v.draft.options.map((o, i) => (
                <li key={i}>
                  {o.correct ? <strong>(key) </strong> : null}
                  <Markdown text={o.text} inline />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}
