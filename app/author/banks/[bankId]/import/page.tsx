import type { Metadata } from "next";
import Link from "next/link";
import { ImportForm } from "@/components/authoring/ImportForm";
import { PageHeader } from "@/components/ui/PageHeader";
import { muted, panel } from "@/components/ui/styles";
import { requireAuthorBank } from "@/lib/server/authoring/pages";

export const metadata: Metadata = { title: "Import questions" };

export default async function ImportPage({ params }: { params: Promise<{ bankId: string }> }) {
  const { bankId } = await params;
  const { bank } = await requireAuthorBank(`/author/banks/${bankId}/import`, bankId);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/author/banks/${bank.id}`} className="underline">
          {bank.title}
        </Link>
      </p>
      <PageHeader
        title="Import questions"
        lead="GIFT (Moodle), Aiken or this app's JSON. The whole file is checked first: if anything is wrong, nothing is imported and every problem is listed with its line. Questions already in the bank are not imported twice."
      />
      <section className={panel} aria-label="Import a file">
        <ImportForm bankId={bank.id} />
        <p className={`mt-4 text-sm ${muted}`}>
          Multiple choice, multiple answer and true/false questions are imported; short answer, numerical, matching,
          essay, description and missing-word questions are skipped, each with its line and why.
        </p>
      </section>
    </>
  );
}
