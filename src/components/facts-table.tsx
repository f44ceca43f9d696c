import { SiteLink } from "@/components/site-link";
import { BadgeList } from "@/components/badge-list";
import type { FactRow } from "@/lib/facts/project-facts";

function SourceMarks({ numbers }: { numbers: number[] }) {
  return numbers.map((number) => (
    <a
      key={number}
      href={`#source-${number}`}
      aria-label={`source ${number}`}
      className="ml-0.5 inline-block min-h-6 min-w-6 text-center text-xs leading-6"
    >
      [{number}]
    </a>
  ));
}

function FactValues({ row }: { row: FactRow }) {
  if (row.values.length === 0) return <span className="text-slate-500 dark:text-slate-400">Not stated</span>;
  if (row.fact === "chains" || row.fact === "resources")
    return <BadgeList values={row.values} label={row.label} />;
  return row.values.map((value, index) => (
    <span key={value.key}>
      {index > 0 && ", "}
      {value.href && value.isExternal && (
        <a href={value.href} rel="noopener noreferrer">
          {value.text}
        </a>
      )}
      {value.href && !value.isExternal && <SiteLink href={value.href}>{value.text}</SiteLink>}
      {!value.href && value.text}
    </span>
  ));
}

export function FactsTable({ rows }: { rows: FactRow[] }) {
  return (
    <table className="w-full border-collapse text-sm">
      <tbody>
        {rows.map((row) => (
          <tr key={row.fact} className="border-b border-slate-200 align-top dark:border-slate-800">
            <th
              scope="row"
              className="w-44 py-2 pr-4 text-left font-medium text-slate-600 dark:text-slate-400"
            >
              {row.label}
            </th>
            <td className="py-2">
              <span className="inline-flex flex-wrap items-center gap-1">
                <span>
                  <FactValues row={row} />
                </span>
                <SourceMarks numbers={row.sourceNumbers} />
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
