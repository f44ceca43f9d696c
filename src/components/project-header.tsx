import { SiteLink } from "@/components/site-link";
import { BadgeList } from "@/components/badge-list";
import type { FactRow } from "@/lib/facts/project-facts";
import type { Project } from "@/lib/content/schema";
import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { factLabel } from "@/lib/i18n/vocabulary";
import { pagePaths } from "@/lib/site/paths";
import { dayText, monthYear } from "@/lib/text/dates";

type Props = {
  project: Project;
  tagline: string;
  category: { slug: string; name: string };
  facts: FactRow[];
  isStale: boolean;
  locale: Locale;
};

const rowOf = (facts: FactRow[], fact: string) => facts.find((row) => row.fact === fact);

function Term({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="text-slate-600 dark:text-slate-400">{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

export function ProjectHeader({ project, tagline, category, facts, isStale, locale }: Props) {
  const m = messages(locale);
  const label = (key: string) => factLabel(locale, key);
  const status = rowOf(facts, "status")?.values[0];
  const chains = rowOf(facts, "deployments")?.values ?? [];
  const resources = rowOf(facts, "resources")?.values ?? [];
  return (
    <header className="flex flex-col gap-3">
      <h1 className="text-3xl font-bold tracking-tight">{project.name}</h1>
      <p className="text-lg text-slate-700 dark:text-slate-300">{tagline}</p>
      {project.aliases.length > 0 && (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {m.project.alsoKnownAs(project.aliases.join(", "))}
        </p>
      )}
      <dl className="grid grid-cols-[auto_1fr] items-center gap-x-4 gap-y-2 text-sm">
        <Term label={label("category")}>
          <SiteLink href={pagePaths.category(category.slug)}>{category.name}</SiteLink>
        </Term>
        {project.status !== "active" && status && (
          <Term label={label("status")}>
            <span className="font-medium text-amber-800 dark:text-amber-300">{status.text}</span>
          </Term>
        )}
        <Term label={label("activity")}>
          <a href={project.activity.url} rel="noopener noreferrer">
            {monthYear(project.activity.date, locale)}
          </a>
          <span className="text-slate-600 dark:text-slate-400"> · {project.activity.what}</span>
        </Term>
        {chains.length > 0 && (
          <Term label={label("deployments")}>
            <BadgeList values={chains} label={label("deployments")} />
          </Term>
        )}
        {resources.length > 0 && (
          <Term label={m.project.supplies}>
            <BadgeList values={resources} label={label("resources")} />
          </Term>
        )}
        {project.token && (
          <Term label={label("token")}>{project.token === "none" ? m.project.none : project.token}</Term>
        )}
        {project.launched && <Term label={label("launched")}>{project.launched}</Term>}
      </dl>
      {isStale && (
        <p
          role="note"
          className="w-fit rounded-md border border-amber-600 bg-amber-50 px-3 py-1.5 text-sm font-medium text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-200"
        >
          {m.project.mayBeOutdated(dayText(project.lastReviewed, locale))}
        </p>
      )}
    </header>
  );
}
