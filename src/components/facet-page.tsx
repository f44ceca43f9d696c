import { Breadcrumbs } from "@/components/breadcrumbs";
import { CategoryGroups, type SummaryGroup } from "@/components/category-groups";
import { FollowLink } from "@/components/follow-link";
import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";

type Props = {
  title: string;
  name: string;
  description: string;
  parent: { href: string; label: string };
  groups: SummaryGroup[];
  locale: Locale;
  notes?: ReadonlyMap<string, string>;
  /** A chain page's Atom feed. */
  feedPath?: string;
};

/** A chain or resource page: every project carrying it, grouped by category. */
export function FacetPage({ title, name, description, parent, groups, locale, notes, feedPath }: Props) {
  const m = messages(locale);
  const count = groups.reduce((sum, group) => sum + group.projects.length, 0);
  return (
    <div>
      <Breadcrumbs trail={[parent]} current={name} locale={locale} />
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{title}</h1>
      <p className="mt-3 max-w-3xl text-slate-700 dark:text-slate-300">
        {description} {m.facets.inDirectory(count)}
      </p>
      {feedPath && (
        <div className="mt-3">
          <FollowLink feedPath={feedPath} about={m.facets.follow(name)} locale={locale} />
        </div>
      )}
      {count === 0 && <p className="mt-6">{m.facets.noneYet}</p>}
      <CategoryGroups groups={groups} locale={locale} {...(notes ? { notes } : {})} />
    </div>
  );
}
