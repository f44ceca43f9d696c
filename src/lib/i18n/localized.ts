// A project's or category's own texts in an edition: the Vietnamese translation where there is one, else the
// English text, said so; and whether the English file changed after its translation.
import type { Content } from "../content/load";
import type { Category, Project } from "../content/schema";
import { projectsByCategory } from "../browse/groups";
import { summarise } from "../browse/summary";
import type { Locale } from "./locales";

export type LocalizedText = {
  tagline: string;
  body: string;
  /** The text is in the reader's edition (always true in English). */
  isTranslated: boolean;
  /** The translation's file, for the "newer English" check. */
  translationFile?: string;
};

export function projectText(content: Pick<Content, "vi">, project: Project, locale: Locale): LocalizedText {
  const translation = locale === "vi" ? content.vi.projects.get(project.slug) : undefined;
  if (locale === "en") return { tagline: project.tagline, body: project.body, isTranslated: true };
  if (!translation) return { tagline: project.tagline, body: project.body, isTranslated: false };
  return {
    tagline: translation.tagline,
    body: translation.body,
    isTranslated: true,
    translationFile: translation.file,
  };
}

export function categoryText(content: Pick<Content, "vi">, category: Category, locale: Locale) {
  const translation = locale === "vi" ? content.vi.categories.get(category.slug) : undefined;
  return translation
    ? { name: translation.name, body: translation.body, isTranslated: true }
    : { name: category.name, body: category.body, isTranslated: locale === "en" };
}

/** The categories with their names in an edition, for pages that list them. */
export const localizedCategories = (
  content: Pick<Content, "vi" | "categories">,
  locale: Locale,
): Category[] =>
  content.categories.map((category) => ({ ...category, name: categoryText(content, category, locale).name }));

/** A project as its card shows it in an edition: the translated tagline, names of its chains and resources. */
export const summaryOf = (content: Pick<Content, "vi">, project: Project, locale: Locale) =>
  summarise(project, locale, projectText(content, project, locale).tagline);

/** Categories in display order, each with its projects as cards of the edition; empty categories are kept. */
export function summaryGroups(
  content: Pick<Content, "vi" | "categories">,
  projects: readonly Project[],
  locale: Locale,
) {
  return projectsByCategory(projects, localizedCategories(content, locale)).map((group) => ({
    category: group.category,
    projects: group.projects.map((project) => summaryOf(content, project, locale)),
  }));
}

/** Every project's tagline in an edition, by slug: what the browser-drawn compare shows under each name. */
export const localTaglines = (content: Pick<Content, "vi" | "projects">, locale: Locale) =>
  Object.fromEntries(
    content.projects.map((project) => [project.slug, projectText(content, project, locale).tagline]),
  );
