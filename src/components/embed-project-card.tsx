import { TrustRosette } from "@/components/trust/trust-rosette";
import type { Category, Project } from "@/lib/content/schema";
import type { FactRow } from "@/lib/facts/project-facts";
import { absoluteUrl, siteName } from "@/lib/site/urls";
import { pagePaths } from "@/lib/site/paths";
import { monthYear } from "@/lib/text/dates";
import { rosetteLabel } from "@/lib/trust/rows";
import { messages } from "@/lib/i18n/messages";

// Embeds live on other sites, so they stay in the English edition.
const m = messages("en").embed;

type Props = { project: Project; category: Category; facts: FactRow[]; trust: FactRow[] };

const answer = (row: FactRow | undefined) =>
  !row || row.state === "unknown"
    ? "unknown"
    : row.state === "none"
      ? "none"
      : row.values.map((value) => value.text).join(", ");

/** A compact card for other sites' iframes: the key facts and a link back; links open outside the frame. */
export function EmbedProjectCard({ project, category, facts, trust }: Props) {
  const row = (fact: string) => facts.find((candidate) => candidate.fact === fact);
  const href = absoluteUrl(pagePaths.project(project.slug));
  const ratings = trust.map((entry, index) => ({
    axis: entry.fact.replace("trust.", "") || String(index),
    valueName: entry.values[0]?.text ?? "Unknown",
    grade: entry.values[0]?.grade ?? "unknown",
  }));
  return (
    <article className="flex max-w-xl flex-col gap-2 rounded-lg border border-slate-300 p-4 dark:border-slate-700">
      <h1 className="text-lg font-semibold">
        <a href={href} target="_blank" rel="noopener">
          {project.name}
        </a>
      </h1>
      <p>{project.tagline}</p>
      <div className="flex gap-4">
        <dl className="grid flex-1 grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          <dt className="text-slate-600 dark:text-slate-400">Category</dt>
          <dd>{category.name}</dd>
          <dt className="text-slate-600 dark:text-slate-400">Status</dt>
          <dd>{answer(row("status"))}</dd>
          <dt className="text-slate-600 dark:text-slate-400">Last seen</dt>
          <dd>{monthYear(project.activity.date)}</dd>
          <dt className="text-slate-600 dark:text-slate-400">Chains</dt>
          <dd>{answer(row("deployments"))}</dd>
          <dt className="text-slate-600 dark:text-slate-400">Token</dt>
          <dd>{answer(row("token"))}</dd>
        </dl>
        {project.trust && (
          <TrustRosette size={72} ratings={ratings} label={rosetteLabel("en", ratings, project.name)} />
        )}
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {m.sourcedFrom}{" "}
        <a href={href} target="_blank" rel="noopener">
          {siteName}
        </a>
        {m.reviewed(project.lastReviewed)}
      </p>
    </article>
  );
}
