// A project's or category's own texts in an edition: the Vietnamese translation where there is one, else the
// English text, said so; and whether the English file changed after its translation.
import type { Content } from "../content/load";
import type { Category, Project } from "../content/schema";
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
