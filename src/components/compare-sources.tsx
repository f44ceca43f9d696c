import { SourceList } from "@/components/source-list";
import type { CompareColumn } from "@/lib/compare/comparison";

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
            <div className="mt-1">
              <SourceList sources={column.sources} idPrefix={`source-${column.slug}`} />
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}
