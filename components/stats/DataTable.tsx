/** A compact table for a chart's data, collapsed behind a disclosure (the chart's text alternative). */
export function DataTable({
  id,
  caption,
  columns,
  rows,
}: {
  id: string;
  caption: string;
  columns: string[];
  rows: (string | number)[][];
}) {
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-slate-700 dark:text-slate-300">Show the data as a table</summary>
      <table id={id} className="mt-2 w-full border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col" className="border-b border-slate-300 py-1 pr-3 dark:border-slate-700">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={String(r[0])}>
              {r.map((cell, i) => (
                <td key={i} className="border-b border-slate-200 py-1 pr-3 dark:border-slate-800">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
