// Every URL the content cites, with the files that cite it, and how to judge a URL's answer: for the weekly
// check that sources still exist.
import type { Content } from "../../src/lib/content/load";

export type CitedUrl = { url: string; files: string[] };

export function citedUrls({ projects, prices, notListed }: Content): CitedUrl[] {
  const byUrl = new Map<string, Set<string>>();
  const add = (url: string | undefined, file: string) => {
    if (!url) return;
    if (!byUrl.has(url)) byUrl.set(url, new Set());
    byUrl.get(url)!.add(file);
  };
  for (const project of projects) {
    add(project.website, project.file);
    add(project.activity.url, project.file);
    for (const url of Object.values(project.links)) add(url, project.file);
    for (const source of project.sources) add(source.url, project.file);
    for (const entry of Array.isArray(project.deployments) ? project.deployments : [])
      add(entry.explorer, project.file);
  }
  for (const file of prices) {
    add(file.baseline?.website, file.file);
    for (const observation of file.observations) add(observation.url, file.file);
  }
  for (const entry of notListed.considered)
    for (const source of entry.sources) add(source.url, "content/not-listed.yaml");
  return [...byUrl]
    .map(([url, files]) => ({ url, files: [...files].sort() }))
    .sort((a, b) => a.url.localeCompare(b.url));
}

export type UrlVerdict = "ok" | "broken" | "blocked";

/**
 * 2xx and 3xx answer; 404 and 410 are gone; 401, 403 and 429 often mean a site refuses robots rather than that
 * the page is gone, so they are reported apart for a person to check.
 */
export function verdictOf(status: number): UrlVerdict {
  if (status >= 200 && status < 400) return "ok";
  if ([401, 403, 429].includes(status)) return "blocked";
  return "broken";
}
