// A project as its card shows it, built at build time: the browser-side view code needs no vocabulary.
import type { Project } from "../content/schema";
import type { Locale } from "../i18n/locales";
import { termName } from "../i18n/vocabulary";
import { monthYear } from "../text/dates";

/** What a project card shows and a category page sorts and filters by, its words in the reader's edition. */
export type ProjectSummary = Pick<
  Project,
  "slug" | "name" | "tagline" | "chains" | "resources" | "launched" | "lastReviewed" | "status"
> & {
  lastSeen: string;
  lastSeenText: string;
  chainNames: string[];
  resourceNames: string[];
  statusName: string;
};

/** `tagline` is the edition's tagline of the project (its translation, where there is one). */
export const summarise = (
  project: Project,
  locale: Locale = "en",
  tagline = project.tagline,
): ProjectSummary => ({
  slug: project.slug,
  name: project.name,
  tagline,
  chains: project.chains,
  resources: project.resources,
  ...(project.launched === undefined ? {} : { launched: project.launched }),
  lastReviewed: project.lastReviewed,
  status: project.status,
  lastSeen: project.activity.date,
  lastSeenText: monthYear(project.activity.date, locale),
  chainNames: project.chains.map((chain) => termName(locale, "chains", chain)),
  resourceNames: project.resources.map((resource) => termName(locale, "resources", resource)),
  statusName: termName(locale, "statuses", project.status),
});
