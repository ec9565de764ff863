import type { Metadata } from "next";
import Link from "next/link";
import { QuestionEditor } from "@/components/authoring/QuestionEditor";
import { PageHeader } from "@/components/ui/PageHeader";
import { editorCardOptions } from "@/lib/server/authoring/editor-data";
import { orNotFound, requireAuthorBank } from "@/lib/server/authoring/pages";
import { loadQuestion } from "@/lib/server/authoring/questions";
import { db } from "@/lib/server/platform/db";

export const metadata: Metadata = { title: "Edit question" };

type Props = { params: Promise<{ bankId: string; lineageId: string }>; searchParams: Promise<{ saved?: string }> };

export default async function EditQuestionPage({ params, searchParams }: Props) {
  const { bankId, lineageId } = await params;
  const { user, bank } = await requireAuthorBank(`/author/banks/${bankId}/questions/${lineageId}`, bankId);
  const q = await orNotFound(() => loadQuestion(db, user, bank.id, lineageId));
  const { externalId, ...initial } = q.draft;
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
      <PageHeader
        title="Edit question"
        lead={`Version ${q.version}${externalId ? ` · id ${externalId}` : ""}. Saving a question learners may have seen creates a new version; their answers keep the version they answered.`}
      />
      <QuestionEditor
        bankId={bank.id}
        bankTitle={bank.title}
        lineageId={lineageId}
        version={q.version}
        initial={initial}
        notice={(await searchParams).saved ? "Question created." : null}
        {...editorCardOptions()}
      />
    </>
  );
}
