// What a page of the export makes the browser download up front, and whether a page keeps to its JavaScript budget.

export type PageAssets = { scripts: string[]; styles: string[] };

const tagsOf = (html: string, tag: string) => html.match(new RegExp(`<${tag}\\b[^>]*>`, "g")) ?? [];
const attribute = (tagText: string, name: string) =>
  tagText
    .match(new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)')`))
    ?.slice(1)
    .find((value) => value !== undefined);

/** Scripts (script tags and script preloads) and stylesheets a page loads, each once, in document order. */
export function assetsOfPage(html: string): PageAssets {
  const scripts = tagsOf(html, "script").flatMap((tag) => attribute(tag, "src") ?? []);
  const links = tagsOf(html, "link");
  const preloads = links.filter(
    (tag) => attribute(tag, "as") === "script" && /preload/.test(attribute(tag, "rel") ?? ""),
  );
  const styles = links.filter((tag) => attribute(tag, "rel") === "stylesheet");
  return {
    scripts: [...new Set([...scripts, ...preloads.flatMap((tag) => attribute(tag, "href") ?? [])])],
    styles: [...new Set(styles.flatMap((tag) => attribute(tag, "href") ?? []))],
  };
}

export type PageWeight = { page: string; jsKb: number; cssKb: number; htmlKb: number; isBrowse: boolean };
export type BudgetVerdict = PageWeight & { budgetKb?: number; isOver: boolean };

/** Browse pages may ship at most the framework floor plus `allowanceKb` of gzipped JavaScript; others are reported. */
export function judgeBudgets(
  pages: readonly PageWeight[],
  floorKb: number,
  allowanceKb = 15,
): BudgetVerdict[] {
  return pages.map((page) => {
    if (!page.isBrowse) return { ...page, isOver: false };
    const budgetKb = floorKb + allowanceKb;
    return { ...page, budgetKb, isOver: page.jsKb > budgetKb };
  });
}
