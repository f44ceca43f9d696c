import { SiteLink } from "@/components/site-link";
import { BadgeList } from "@/components/badge-list";
import { SourceMarks } from "@/components/source-marks";
import type { FactRow, FactValue } from "@/lib/facts/project-facts";
import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";

const tallTarget = "inline-block min-h-6 leading-6";

function ValueLink({ value, className }: { value: FactValue; className?: string }) {
  if (value.href && value.isExternal)
    return (
      <a href={value.href} rel="noopener noreferrer" className={className}>
        {value.text}
      </a>
    );
  if (value.href)
    return (
      <SiteLink href={value.href} className={className}>
        {value.text}
      </SiteLink>
    );
  return <>{value.text}</>;
}

/** A fact's answer in one of three states: its values, a confirmed "none", or "unknown" with a way to fix it. */
export function FactAnswer({ row, editHref, locale }: { row: FactRow; editHref: string; locale: Locale }) {
  const { project } = messages(locale);
  if (row.state === "none") return <span className="font-medium">{project.none}</span>;
  if (row.state === "unknown")
    return (
      <span className="text-slate-600 italic dark:text-slate-400">
        {project.unknown}{" "}
        <a href={editHref} className="text-xs not-italic">
          {project.addSource}
        </a>
      </span>
    );
  if (row.fact === "resources") return <BadgeList values={row.values} label={row.label} />;
  if (row.fact === "deployments")
    return (
      <ul aria-label={row.label} className="flex flex-col gap-1">
        {row.values.map((value) => (
          <li key={`${value.key}-${value.text}-${value.detail?.text ?? ""}`}>
            {/* The chain and explorer links stack closely, so each is a 24 px tall target. */}
            <ValueLink value={value} className={tallTarget} />
            {value.detail &&
              (value.detail.href ? (
                <a
                  href={value.detail.href}
                  rel="noopener noreferrer"
                  className={`ml-2 font-mono text-xs ${tallTarget}`}
                >
                  {value.detail.text}
                </a>
              ) : (
                <span className="ml-2 font-mono text-xs">{value.detail.text}</span>
              ))}
            <SourceMarks numbers={value.sourceNumbers ?? []} locale={locale} />
          </li>
        ))}
      </ul>
    );
  return row.values.map((value, index) => (
    <span key={value.key}>
      {index > 0 && ", "}
      <ValueLink value={value} />
    </span>
  ));
}

export function FactsTable({
  rows,
  editHref,
  locale,
}: {
  rows: FactRow[];
  editHref: string;
  locale: Locale;
}) {
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
                <FactAnswer row={row} editHref={editHref} locale={locale} />
                <SourceMarks numbers={row.sourceNumbers} locale={locale} />
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
