import { loadContent } from "@/lib/content/load";
import type { Locale } from "@/lib/i18n/locales";
import { searchEdition } from "@/lib/i18n/search-edition";
import { toSearchFile } from "@/lib/search/search-file";

/** /search-index.json of an edition: its texts and names, the same records and facets. */
export const searchFileRoute = (locale: Locale) => () => {
  const content = loadContent();
  return Response.json(toSearchFile(content.projects, content.categories, searchEdition(content, locale)));
};
