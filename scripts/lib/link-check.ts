// Finds broken internal links in a static export: pages and assets that do not exist, and #fragments that no
// element on the target page carries. Pure: the caller reads the files.

export type BrokenLink = { page: string; target: string; reason: string };

const attributePattern = /\s(?:href|src)=(?:"([^"]*)"|'([^']*)')/g;
const idPattern = /\sid=(?:"([^"]*)"|'([^']*)')/g;
const entities: Record<string, string> = {
  "&amp;": "&",
  "&quot;": '"',
  "&#x27;": "'",
  "&#39;": "'",
  "&lt;": "<",
  "&gt;": ">",
};
const decode = (text: string) =>
  text.replace(/&(?:amp|quot|#x27|#39|lt|gt);/g, (entity) => entities[entity] ?? entity);

const valuesOf = (html: string, pattern: RegExp) =>
  [...html.matchAll(pattern)].map((match) => decode(match[1] ?? match[2] ?? ""));

/** Every href and src in a page, as written. */
export const linksIn = (html: string): string[] => valuesOf(html, attributePattern);

/** Every id in a page: the targets of #fragment links. */
export const idsIn = (html: string): Set<string> => new Set(valuesOf(html, idPattern));

/** The site path of an export file: `projects/x/index.html` is `/projects/x/`, `data/a.json` is `/data/a.json`. */
export const pathOfFile = (file: string) => `/${file}`.replace(/(^|\/)index\.html$/, "$1");

/**
 * Where a link points inside the site, as a path and fragment; undefined for other sites, mail, data: URLs and
 * anything else a crawler of the export cannot check.
 */
export function resolveLink(fromPath: string, target: string, siteOrigin = "http://site.invalid") {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(target) && !target.startsWith(siteOrigin)) return undefined;
  const url = new URL(target, `${siteOrigin}${fromPath}`);
  if (url.origin !== new URL(siteOrigin).origin) return undefined;
  return { path: decodeURIComponent(url.pathname), fragment: decodeURIComponent(url.hash.slice(1)) };
}

/** The export file a site path is served from, if any: a directory path needs its index.html. */
export function fileForPath(path: string, files: ReadonlySet<string>): string | undefined {
  const relative = path.replace(/^\//, "");
  const candidates = path.endsWith("/")
    ? [`${relative}index.html`]
    : [relative, `${relative}/index.html`, `${relative}.html`];
  return candidates.find((candidate) => files.has(candidate));
}

/**
 * Checks every link of every page against the export's files. `pages` maps HTML file paths (relative to the
 * export root) to their text; `files` lists every file of the export. `basePath` is the sub-path the site lives under.
 */
export function findBrokenLinks(
  pages: ReadonlyMap<string, string>,
  files: ReadonlySet<string>,
  basePath = "",
): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const idsByFile = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!idsByFile.has(file)) idsByFile.set(file, idsIn(pages.get(file) ?? ""));
    return idsByFile.get(file)!;
  };
  for (const [page, html] of pages) {
    const fromPath = `${basePath}${pathOfFile(page)}`;
    for (const target of new Set(linksIn(html))) {
      const resolved = resolveLink(fromPath, target);
      if (!resolved) continue;
      if (basePath && !resolved.path.startsWith(`${basePath}/`)) {
        broken.push({ page, target, reason: `outside the base path ${basePath}` });
        continue;
      }
      const file = fileForPath(resolved.path.slice(basePath.length), files);
      if (!file) broken.push({ page, target, reason: "no such page or file" });
      else if (resolved.fragment && pages.has(file) && !idsOf(file).has(resolved.fragment))
        broken.push({ page, target, reason: `no element with id "${resolved.fragment}"` });
    }
  }
  return broken;
}
