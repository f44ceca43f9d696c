// The Atom feeds of the site: every fact change, and those of one project, category or chain, newest first.
import type { Content } from "../content/load";
import { chains } from "../facts/chains";
import type { FactHistory } from "../history/git-history";
import { entriesOf, entryTitle, type HistoryScope } from "../history/scopes";
import { pagePaths } from "../site/paths";
import { absoluteUrl, siteName, siteUrl } from "../site/urls";
import type { AtomFeed } from "./atom";

/** Feeds carry the newest entries only: a feed reader keeps what it has already seen. */
export const maxFeedEntries = 100;

const scopeTexts = (scope: HistoryScope, content: Content) => {
  const nameOf = (list: readonly { slug: string; name: string }[], slug: string) =>
    list.find((item) => item.slug === slug)?.name ?? slug;
  switch (scope.type) {
    case "site":
      return { about: "every project", feed: pagePaths.feed, page: pagePaths.changes };
    case "project":
      return {
        about: nameOf(content.projects, scope.slug),
        feed: pagePaths.projectFeed(scope.slug),
        page: pagePaths.project(scope.slug),
      };
    case "category":
      return {
        about: `projects in ${nameOf(content.categories, scope.slug)}`,
        feed: pagePaths.categoryFeed(scope.slug),
        page: pagePaths.category(scope.slug),
      };
    case "chain":
      return {
        about: `projects on ${nameOf(chains, scope.slug)}`,
        feed: pagePaths.chainFeed(scope.slug),
        page: pagePaths.chain(scope.slug),
      };
  }
};

const historyNote: Record<FactHistory["status"], string> = {
  ok: "",
  shallow: " This build had only part of the git history, so older changes are missing.",
  unavailable: " This build had no git history, so no change is listed.",
};

export function feedFor(
  scope: HistoryScope,
  history: FactHistory,
  content: Content,
  builtAt: string,
): AtomFeed {
  const texts = scopeTexts(scope, content);
  const names = new Map(content.projects.map((project) => [project.slug, project.name]));
  const entries = entriesOf(scope, history.entries, content.projects).slice(0, maxFeedEntries);
  const host = new URL(siteUrl).hostname;
  return {
    id: absoluteUrl(texts.feed),
    title: `${siteName}: fact changes for ${texts.about}`,
    subtitle: `Each entry is one commit's changes to the sourced facts of a project.${historyNote[history.status]}`,
    updated: entries[0]?.date ?? builtAt,
    selfUrl: absoluteUrl(texts.feed),
    pageUrl: absoluteUrl(texts.page),
    entries: entries.map((entry) => {
      const name = names.get(entry.slug) ?? entry.slug;
      return {
        id: `tag:${host},2026:${entry.kind}/${entry.slug}/${entry.commit}`,
        title: entryTitle(entry, name),
        updated: entry.date,
        link: absoluteUrl(names.has(entry.slug) ? pagePaths.project(entry.slug) : pagePaths.prices),
        content: entry.changes.map((change) => change.text).join("\n"),
      };
    }),
  };
}
