// Downloads the search file once per page load, the first time search is used, and builds the index from it.
import { buildSearchIndex, type SearchIndex } from "./engine";
import type { SearchFile } from "./search-file";
import { withBasePath } from "../site/urls";

let pending: Promise<SearchIndex> | undefined;

export function loadSearchIndex(): Promise<SearchIndex> {
  pending ??= fetch(withBasePath("/search-index.json")).then(async (response) => {
    if (!response.ok) throw new Error(`the search index answered ${response.status}`);
    return buildSearchIndex((await response.json()) as SearchFile);
  });
  // A failed download is reported to the caller and tried again on the next use.
  pending.catch(() => (pending = undefined));
  return pending;
}
