// The `_headers` file of static hosts (Netlify, Cloudflare Pages), read so tests can serve the export with it.

export type HeaderRule = { path: string; headers: [name: string, value: string][] };

/** Rules in file order: an unindented path line, then indented `Name: value` lines; `#` starts a comment line. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim() || line.trim().startsWith("#")) return;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      return;
    }
    const separator = line.indexOf(":");
    const rule = rules.at(-1);
    if (!rule || separator < 0)
      throw new Error(`_headers line ${index + 1}: expected "Name: value" under a path`);
    rule.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
  });
  return rules;
}

/**
 * A `_headers` path as the glob `serve` matches against a file's path: `/projects/*` covers the files below
 * projects/, and a page address without a file name (`/`, `/vi`) is its index.html.
 */
export function toServeGlob(path: string): string {
  const relative = path.replace(/^\//, "");
  if (relative.endsWith("*")) return relative.replaceAll("*", "**");
  if (relative === "" || !relative.includes(".")) return [relative, "index.html"].filter(Boolean).join("/");
  return relative;
}

/** The same rules as a `serve.json` for the `serve` package, which applies every rule that matches a file. */
export const toServeConfig = (rules: readonly HeaderRule[]) => ({
  headers: rules.map((rule) => ({
    source: toServeGlob(rule.path),
    headers: rule.headers.map(([key, value]) => ({ key, value })),
  })),
});

/** The `add_header` directives of an nginx snippet, as name and value pairs. */
export const nginxHeaders = (config: string): [string, string][] =>
  [...config.matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"/gm)].map((match) => [match[1]!, match[2]!]);
