import { Breadcrumbs } from "@/components/breadcrumbs";
import { FollowLink } from "@/components/follow-link";
import { CategoryGroups } from "@/components/category-groups";
import type { CategoryGroup } from "@/lib/browse/groups";
import type { TaxonomyEntry } from "@/lib/facts/taxonomy";

type Props = {
  title: string;
  entry: TaxonomyEntry;
  parent: { href: string; label: string };
  groups: CategoryGroup[];
  notes?: ReadonlyMap<string, string>;
  /** A chain page's Atom feed. */
  feedPath?: string;
};

/** A chain or resource page: every project carrying it, grouped by category. */
export function FacetPage({ title, entry, parent, groups, notes, feedPath }: Props) {
  const count = groups.reduce((sum, group) => sum + group.projects.length, 0);
  return (
    <div>
      <Breadcrumbs trail={[parent]} current={entry.name} />
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{title}</h1>
      <p className="mt-3 max-w-3xl text-slate-700 dark:text-slate-300">
        {entry.description} {count} project{count === 1 ? "" : "s"} in the directory.
      </p>
      {feedPath && (
        <div className="mt-3">
          <FollowLink feedPath={feedPath} about={`changes on ${entry.name}`} />
        </div>
      )}
      {count === 0 && <p className="mt-6">No project in the directory names this yet.</p>}
      <CategoryGroups groups={groups} {...(notes ? { notes } : {})} />
    </div>
  );
}
