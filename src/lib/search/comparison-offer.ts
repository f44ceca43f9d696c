// The comparison a query like "akash vs io.net" asks for, when its names are projects of the directory.
import { maxComparedProjects } from "../site/paths";
import { editDistance } from "../text/suggest";
import { comparisonSides } from "./comparison-query";
import { wordsOf } from "./text";

type NamedProject = { slug: string; name: string; aliases: readonly string[]; token?: string };
export type ComparisonOffer = { slugs: string[]; names: string[] };

const keyOf = (text: string) => wordsOf(text).join(" ");
const projectKeys = new WeakMap<readonly NamedProject[], Map<string, NamedProject>>();

/** Every way a reader may name a project (name, alias, ticker, slug), normalised; the first to claim a key keeps it. */
function keysOf(projects: readonly NamedProject[]): Map<string, NamedProject> {
  let keys = projectKeys.get(projects);
  if (!keys) {
    keys = new Map();
    const claim = (text: string, project: NamedProject) => {
      const key = keyOf(text);
      if (key && !keys!.has(key)) keys!.set(key, project);
    };
    for (const project of projects) claim(project.name, project);
    for (const project of projects) for (const alias of project.aliases) claim(alias, project);
    for (const project of projects) {
      if (project.token) claim(project.token, project);
      claim(project.slug, project);
    }
    projectKeys.set(projects, keys);
  }
  return keys;
}

/** The project a side names: exactly, or with one slip of the keyboard in a longer name (two in a long one). */
function projectNamed(side: string, keys: Map<string, NamedProject>): NamedProject | undefined {
  const key = keyOf(side);
  const exact = keys.get(key);
  if (exact || key.length < 5) return exact;
  const tolerance = key.length >= 9 ? 2 : 1;
  let best: { project: NamedProject; distance: number } | undefined;
  for (const [candidate, project] of keys) {
    if (Math.abs(candidate.length - key.length) > tolerance) continue;
    const distance = editDistance(key, candidate);
    if (distance <= tolerance && (!best || distance < best.distance)) best = { project, distance };
  }
  return best?.project;
}

/**
 * The comparison a query asks for, when every side names a known project and they are two to four different
 * ones; otherwise undefined (a query like "gpu vs cpu" stays a search).
 */
export function comparisonOffer(
  query: string,
  projects: readonly NamedProject[],
): ComparisonOffer | undefined {
  const sides = comparisonSides(query);
  if (!sides || sides.length > maxComparedProjects) return undefined;
  const keys = keysOf(projects);
  const named = sides.map((side) => projectNamed(side, keys));
  if (named.some((project) => !project)) return undefined;
  const distinct = [...new Map(named.map((project) => [project!.slug, project!])).values()];
  if (distinct.length < 2) return undefined;
  return { slugs: distinct.map((project) => project.slug), names: distinct.map((project) => project.name) };
}
