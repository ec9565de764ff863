export type ImportReport = {
  questions: number;
  byType: { single: number; multiple: number; truefalse: number };
  skipped: { line: number; reason: string }[];
  created: number;
  updated: number;
  unchanged: number;
  warnings: { line: number; message: string }[];
};

/** What an import did (or, checked first, would do): counts, skipped blocks and questions to fix. */
export function ImportReportView({ report, dryRun }: { report: ImportReport; dryRun: boolean }) {
  const { byType } = report;
  return (
    <div
      className="rounded-lg border border-emerald-300 bg-emerald-50 p-3 text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-50"
      data-testid="import-report"
    >
      <p className="font-semibold">
        {dryRun ? "The file is valid. Importing it would create" : "Imported: created"} {report.created}, update{" "}
        {report.updated}, leave {report.unchanged} unchanged
        {dryRun ? "." : ` (${report.questions} questions read).`}
      </p>
      <p className="text-sm">
        {byType.single} single response · {byType.multiple} multiple response · {byType.truefalse} true/false
      </p>
      {report.skipped.length ? (
        <>
          <p className="mt-2 text-sm font-semibold">Skipped ({report.skipped.length}):</p>
          <ul className="list-disc pl-5 text-sm">
            {report.skipped.map((s) => (
              <li key={`${s.line}${s.reason}`}>
                Line {s.line}: {s.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report.warnings.length ? (
        <>
          <p className="mt-2 text-sm font-semibold">
            To fix before the bank can be published ({report.warnings.length}):
          </p>
          <ul className="list-disc pl-5 text-sm">
            {report.warnings.slice(0, 50).map((w) => (
              <li key={`${w.line}${w.message}`}>
                Line {w.line}: {w.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
