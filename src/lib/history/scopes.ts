// Slices of the fact history: a project's own changes, those of a category's or a chain's projects, and the
// kinds of fact a reader can filter by. Pure: takes history entries and projects, returns entries.
import type { Project } from "../content/schema";
import type { FactChange } from "./fact-changes";
import type { HistoryEntry } from "./git-history";

export const changeKinds = [
  { slug: "listing", name: "Added or removed" },
  { slug: "status", name: "Status" },
  { slug: "activity", name: "Sign of life" },
  { slug: "chains", name: "Chains and tokens" },
  { slug: "trust", name: "Trust model" },
  { slug: "price", name: "Prices" },
  { slug: "facts", name: "Other facts" },
  { slug: "description", name: "Description" },
] as const;
export type ChangeKind = (typeof changeKinds)[number]["slug"];

const tokenFacts = new Set(["token", "tokenLaunched", "chains", "deployments"]);

export function changeKindOf({ fact }: Pick<FactChange, "fact">): ChangeKind {
  if (fact === "file") return "listing";
  if (fact === "body") return "description";
  if (fact.startsWith("trust.")) return "trust";
  if (tokenFacts.has(fact)) return "chains";
  if (fact === "status" || fact === "activity" || fact === "price") return fact;
  return "facts";
}

export type HistoryScope =
  | { type: "site" }
  | { type: "project"; slug: string }
  | { type: "category"; slug: string }
  | { type: "chain"; slug: string };

/** The entries of a scope, newest first; a category's or chain's are those of the projects in it today. */
export function entriesOf(
  scope: HistoryScope,
  entries: readonly HistoryEntry[],
  projects: readonly Pick<Project, "slug" | "category" | "chains">[],
): HistoryEntry[] {
  const bySlug = new Map(projects.map((project) => [project.slug, project]));
  const belongs = (entry: HistoryEntry) => {
    const project = bySlug.get(entry.slug);
    if (scope.type === "site") return true;
    if (!project) return false;
    if (scope.type === "project") return project.slug === scope.slug;
    if (scope.type === "category") return project.category === scope.slug;
    return (project.chains as readonly string[]).includes(scope.slug);
  };
  return entries.filter(belongs);
}

/** "Akash Network: status active → inactive; chains + solana", cut to a feed reader's line. */
export function entryTitle(entry: HistoryEntry, name: string, maxLength = 140): string {
  const shown = entry.changes.slice(0, 2).map((change) => change.text);
  const rest = entry.changes.length - shown.length;
  const title = `${name}: ${shown.join("; ")}${rest > 0 ? `; and ${rest} more change${rest === 1 ? "" : "s"}` : ""}`;
  return title.length > maxLength ? `${title.slice(0, maxLength - 1)}…` : title;
}
