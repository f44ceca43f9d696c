import { SiteLink } from "@/components/site-link";
import { BadgeList } from "@/components/badge-list";
import type { FactRow } from "@/lib/facts/project-facts";
import type { Category, Project } from "@/lib/content/schema";
import { pagePaths } from "@/lib/site/paths";

type Props = { project: Project; category: Category; facts: FactRow[]; isStale: boolean };

const valuesOf = (facts: FactRow[], fact: FactRow["fact"]) =>
  facts.find((row) => row.fact === fact)?.values ?? [];

export function ProjectHeader({ project, category, facts, isStale }: Props) {
  const status = valuesOf(facts, "status")[0];
  return (
    <header className="flex flex-col gap-3">
      <h1 className="text-3xl font-bold tracking-tight">{project.name}</h1>
      <p className="text-lg text-slate-700 dark:text-slate-300">{project.tagline}</p>
      {project.aliases.length > 0 && (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Also known as {project.aliases.join(", ")}
        </p>
      )}
      <dl className="grid grid-cols-[auto_1fr] items-center gap-x-4 gap-y-2 text-sm">
        <dt className="text-slate-600 dark:text-slate-400">Category</dt>
        <dd>
          <SiteLink href={pagePaths.category(category.slug)}>{category.name}</SiteLink>
        </dd>
        {project.status !== "active" && status && (
          <>
            <dt className="text-slate-600 dark:text-slate-400">Status</dt>
            <dd className="font-medium text-amber-800 dark:text-amber-300">{status.text}</dd>
          </>
        )}
        {project.chains.length > 0 && (
          <>
            <dt className="text-slate-600 dark:text-slate-400">Chains</dt>
            <dd>
              <BadgeList values={valuesOf(facts, "chains")} label="Chains" />
            </dd>
          </>
        )}
        {project.resources.length > 0 && (
          <>
            <dt className="text-slate-600 dark:text-slate-400">Supplies</dt>
            <dd>
              <BadgeList values={valuesOf(facts, "resources")} label="Resources supplied" />
            </dd>
          </>
        )}
        {project.token && (
          <>
            <dt className="text-slate-600 dark:text-slate-400">Token</dt>
            <dd>{project.token}</dd>
          </>
        )}
        {project.launched && (
          <>
            <dt className="text-slate-600 dark:text-slate-400">Launched</dt>
            <dd>{project.launched}</dd>
          </>
        )}
      </dl>
      {isStale && (
        <p
          role="note"
          className="w-fit rounded-md border border-amber-600 bg-amber-50 px-3 py-1.5 text-sm font-medium text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-200"
        >
          ⚠ May be out of date: last reviewed {project.lastReviewed}
        </p>
      )}
    </header>
  );
}
