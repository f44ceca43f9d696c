"use client";

import { SiteLink } from "@/components/site-link";
import { useMessages } from "@/components/use-messages";
import { format, type ClientMessages } from "@/lib/i18n/messages/client-en";
import type { CompareCell, CompareRow, Comparison, CompareValue } from "@/lib/compare/comparison";

type Props = { comparison: Comparison; isOnlyDifferences: boolean };
type Texts = ClientMessages["compare"];

const stickyCorner = "sticky left-0 z-20 bg-white dark:bg-slate-950";
// At least 24 px each way, so neighbouring links in a cell are easy to hit on a phone.
const valueLink = "inline-block min-h-6 min-w-6 leading-6";

function ValueText({ value }: { value: CompareValue }) {
  if (value.href && value.isExternal)
    return (
      <a href={value.href} rel="noopener noreferrer" className={valueLink}>
        {value.text}
      </a>
    );
  if (value.href)
    return (
      <SiteLink href={value.href} className={valueLink}>
        {value.text}
      </SiteLink>
    );
  return <>{value.text}</>;
}

// A value held by this project alone gets a filled diamond and a tint; text says it too, so colour is not needed.
function Value({
  value,
  isListRow,
  onlyThis,
  children,
}: {
  value: CompareValue;
  isListRow: boolean;
  onlyThis: string;
  children?: React.ReactNode;
}) {
  const isUnique = isListRow && value.presence === "one";
  return (
    <li
      className={
        isUnique
          ? "rounded border border-amber-400 bg-amber-50 px-1.5 text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-50"
          : "px-1.5"
      }
    >
      {isUnique && (
        <>
          <span aria-hidden="true">◆ </span>
          <span className="sr-only">{onlyThis}</span>
        </>
      )}
      <ValueText value={value} />
      {value.grade && <span className="text-xs text-slate-600 dark:text-slate-400"> · {value.grade}</span>}
      {children}
    </li>
  );
}

function Cell({
  cell,
  row,
  t,
  unknown,
  none,
}: {
  cell: CompareCell;
  row: CompareRow;
  t: Texts;
  unknown: string;
  none: string;
}) {
  const marks = (numbers: readonly number[]) =>
    numbers.map((number) => (
      <a
        key={number}
        href={`#source-${cell.slug}-${number}`}
        aria-label={format(t.sourceMark, { number })}
        className="ml-0.5 inline-block min-h-6 min-w-6 text-center text-xs leading-6"
      >
        [{number}]
      </a>
    ));
  return (
    <td className="border-b border-slate-200 px-3 py-2 align-top dark:border-slate-800">
      {cell.state === "none" && <span className="font-medium">{none}</span>}
      {cell.state === "unknown" && (
        <span className="text-slate-600 italic dark:text-slate-400">{unknown}</span>
      )}
      {cell.state === "value" && (
        <ul aria-label={row.label} className="flex flex-wrap gap-1">
          {cell.values.map((value) => (
            <Value
              key={`${value.key}-${value.text}`}
              value={value}
              isListRow={row.isList && row.isDifferent}
              onlyThis={t.onlyThis}
            >
              {marks(value.sourceNumbers ?? [])}
            </Value>
          ))}
        </ul>
      )}
      {marks(cell.sourceNumbers)}
      {cell.note && <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{cell.note}</p>}
    </td>
  );
}

/**
 * The comparison grid: a sticky header row of project names and a sticky column of fact names, so both stay
 * in view while the table scrolls in either direction (on a phone, sideways).
 */
export function CompareTable({ comparison, isOnlyDifferences }: Props) {
  const { compare: t, common } = useMessages();
  const rows = isOnlyDifferences ? comparison.rows.filter((row) => row.isDifferent) : comparison.rows;
  return (
    <section aria-labelledby="compare-table-heading" className="flex flex-col gap-2">
      <h2 id="compare-table-heading" className="text-lg font-semibold">
        {t.tableHeading}
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t.tableHelp}</p>
      <div
        tabIndex={0}
        role="region"
        aria-label={t.tableRegion}
        className="max-h-[75vh] overflow-auto rounded-md border border-slate-200 dark:border-slate-800"
      >
        <table className="min-w-full border-separate border-spacing-0 text-sm">
          <thead>
            <tr>
              <th
                scope="col"
                className={`${stickyCorner} top-0 z-30 border-b border-slate-300 px-3 py-2 text-left dark:border-slate-700`}
              >
                {t.factColumn}
              </th>
              {comparison.columns.map((column) => (
                <th
                  key={column.slug}
                  scope="col"
                  className="sticky top-0 z-10 min-w-44 border-b border-slate-300 bg-white px-3 py-2 text-left align-top dark:border-slate-700 dark:bg-slate-950"
                >
                  <SiteLink href={column.href} className="text-base font-semibold">
                    {column.name}
                  </SiteLink>
                  <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">
                    {column.tagline}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={comparison.columns.length + 1} className="px-3 py-4">
                  {t.sameValues}
                </td>
              </tr>
            )}
            {rows.map((row) => (
              <tr key={row.fact} data-fact={row.fact} data-different={row.isDifferent}>
                <th
                  scope="row"
                  className={`${stickyCorner} w-36 border-b border-slate-200 px-3 py-2 text-left align-top font-medium dark:border-slate-800`}
                >
                  {row.label}
                  {row.isDifferent && (
                    <span className="mt-1 block w-fit rounded border border-amber-500 px-1 text-xs font-normal text-amber-900 dark:border-amber-500 dark:text-amber-200">
                      {t.differs}
                    </span>
                  )}
                </th>
                {row.cells.map((cell) => (
                  <Cell
                    key={cell.slug}
                    cell={cell}
                    row={row}
                    t={t}
                    unknown={common.unknown}
                    none={common.none}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
