// Downloads an edition's search file once per page load, the first time search is used, and builds the index.
import { buildSearchIndex, type SearchIndex } from "./engine";
import type { SearchFile } from "./search-file";
import { localePath, type Locale } from "../i18n/locales";
import { withBasePath } from "../site/urls";

const pending = new Map<Locale, Promise<SearchIndex>>();

export function loadSearchIndex(locale: Locale): Promise<SearchIndex> {
  let loading = pending.get(locale);
  if (!loading) {
    loading = fetch(withBasePath(localePath(locale, "/search-index.json"))).then(async (response) => {
      if (!response.ok) throw new Error(`the search index answered ${response.status}`);
      return buildSearchIndex((await response.json()) as SearchFile);
    });
    pending.set(locale, loading);
    // A failed download is reported to the caller and tried again on the next use.
    loading.catch(() => pending.delete(locale));
  }
  return loading;
}
