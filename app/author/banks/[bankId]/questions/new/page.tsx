import type { Metadata } from "next";
import Link from "next/link";
import { QuestionEditor } from "@/components/authoring/QuestionEditor";
import { PageHeader } from "@/components/ui/PageHeader";
import { blankQuestion } from "@/lib/banks/question";
import { editorCardOptions } from "@/lib/server/authoring/editor-data";
import { requireAuthorBank } from "@/lib/server/authoring/pages";

export const metadata: Metadata = { title: "New question" };

export default async function NewQuestionPage({ params }: { params: Promise<{ bankId: string }> }) {
  const { bankId } = await params;
  const { bank } = await requireAuthorBank(`/author/banks/${bankId}/questions/new`, bankId);
  const { externalId: _id, ...initial } = blankQuestion();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/author" className="underline">
          Author
        </Link>{" "}
        /{" "}
        <Link href={`/author/banks/${bank.id}`} className="underline">
          {bank.title}
        </Link>
      </p>
      <PageHeader title="New question" />
      <QuestionEditor
        bankId={bank.id}
        bankTitle={bank.title}
        lineageId={null}
        version={null}
        initial={initial}
        {...editorCardOptions()}
      />
    </>
  );
}
