"use client";

import { SourceList } from "@/components/source-list";
import { useMessages } from "@/components/use-messages";
import type { CompareColumn } from "@/lib/compare/comparison";

/** Each compared project's numbered sources, the targets of the table's footnotes. */
export function CompareSources({ columns }: { columns: CompareColumn[] }) {
  const { compare, locale } = useMessages();
  return (
    <section aria-labelledby="compare-sources" className="flex flex-col gap-3">
      <h2 id="compare-sources" className="text-lg font-semibold">
        {compare.sources}
      </h2>
      <div className="grid gap-6 md:grid-cols-2">
        {columns.map((column) => (
          <div key={column.slug}>
            <h3 className="font-semibold">{column.name}</h3>
            <div className="mt-1">
              <SourceList sources={column.sources} idPrefix={`source-${column.slug}`} locale={locale} />
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}
