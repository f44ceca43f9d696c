import type { CompareColumn } from "@/lib/compare";

/** Each compared project's numbered sources, the targets of the table's footnotes. */
export function CompareSources({ columns }: { columns: CompareColumn[] }) {
  return (
    <section aria-labelledby="compare-sources" className="flex flex-col gap-3">
      <h2 id="compare-sources" className="text-lg font-semibold">
        Sources
      </h2>
      <div className="grid gap-6 md:grid-cols-2">
        {columns.map((column) => (
          <div key={column.slug}>
            <h3 className="font-semibold">{column.name}</h3>
            <ol className="mt-1 flex list-decimal flex-col gap-1 pl-6 text-sm">
              {column.sources.map((source, index) => (
                <li key={source.url} id={`source-${column.slug}-${index + 1}`} className="scroll-mt-20">
                  <a href={source.url} rel="noopener noreferrer">
                    {source.title}
                  </a>{" "}
                  <span className="text-slate-600 dark:text-slate-400">(accessed {source.accessed})</span>
                </li>
              ))}
            </ol>
          </div>
        ))}
      </div>
    </section>
  );
}
