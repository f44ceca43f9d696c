import { SiteLink } from "@/components/site-link";
import { BadgeList } from "@/components/badge-list";
import type { FactRow } from "@/lib/facts/project-facts";
import type { Category, Project } from "@/lib/content/schema";
import { pagePaths } from "@/lib/site/paths";
import { monthYear } from "@/lib/text/dates";

type Props = { project: Project; category: Category; facts: FactRow[]; isStale: boolean };

const rowOf = (facts: FactRow[], fact: string) => facts.find((row) => row.fact === fact);

function Term({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="text-slate-600 dark:text-slate-400">{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

export function ProjectHeader({ project, category, facts, isStale }: Props) {
  const status = rowOf(facts, "status")?.values[0];
  const chains = rowOf(facts, "deployments")?.values ?? [];
  const resources = rowOf(facts, "resources")?.values ?? [];
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
        <Term label="Category">
          <SiteLink href={pagePaths.category(category.slug)}>{category.name}</SiteLink>
        </Term>
        {project.status !== "active" && status && (
          <Term label="Status">
            <span className="font-medium text-amber-800 dark:text-amber-300">{status.text}</span>
          </Term>
        )}
        <Term label="Last seen">
          <a href={project.activity.url} rel="noopener noreferrer">
            {monthYear(project.activity.date)}
          </a>
          <span className="text-slate-600 dark:text-slate-400"> · {project.activity.what}</span>
        </Term>
        {chains.length > 0 && (
          <Term label="Chains">
            <BadgeList values={chains} label="Chains" />
          </Term>
        )}
        {resources.length > 0 && (
          <Term label="Supplies">
            <BadgeList values={resources} label="Resources supplied" />
          </Term>
        )}
        {project.token && <Term label="Token">{project.token === "none" ? "None" : project.token}</Term>}
        {project.launched && <Term label="Launched">{project.launched}</Term>}
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
