import { SiteLink } from "@/components/site-link";
import type { FactValue } from "@/lib/facts/project-facts";

/** Values as small labelled chips; each one with a page links to it. */
export function BadgeList({ values, label }: { values: FactValue[]; label: string }) {
  if (values.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-1.5">
      {values.map((value) => (
        <li key={value.key}>
          {value.href && !value.isExternal ? (
            <SiteLink
              href={value.href}
              className="hover:border-accent-600 hover:text-accent-700 dark:hover:text-accent-300 inline-block rounded-full border border-slate-300 px-2 py-1 text-xs text-slate-700 no-underline dark:border-slate-600 dark:text-slate-200"
            >
              {value.text}
            </SiteLink>
          ) : (
            <span className="inline-block rounded-full border border-slate-300 px-2 py-1 text-xs text-slate-700 dark:border-slate-600 dark:text-slate-200">
              {value.text}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
