// Reads content files as text: UTF-8 without BOM, LF line endings, YAML (alone or as Markdown frontmatter),
// with the line and a hint for each mistake. Every content type is read through here.
import matter from "gray-matter";
import yaml from "js-yaml";

export type ContentProblem = { file: string; field?: string; message: string };
export type Result<T> = { value?: T; problems: ContentProblem[] };

// CORE_SCHEMA has no implicit timestamps, so "2026-02-30" stays text and is checked, not silently shifted.
const parseYaml = (text: string) => yaml.load(text, { schema: yaml.CORE_SCHEMA }) as object;

function decodeUtf8(file: string, raw: Uint8Array): Result<string> {
  const problem = (message: string) => ({ problems: [{ file, message }] });
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(raw);
  } catch {
    return problem("is not valid UTF-8 text; save it with UTF-8 encoding");
  }
  if (text.startsWith("\uFEFF"))
    return problem("starts with a byte-order mark; save it as UTF-8 without BOM");
  if (text.includes("\r\n")) return problem("uses Windows (CRLF) line endings; save it with LF line endings");
  return { value: text, problems: [] };
}

function decodeText(file: string, raw: Uint8Array): Result<string> {
  const decoded = decodeUtf8(file, raw);
  const text = decoded.value;
  if (text === undefined) return decoded;
  const problem = (message: string) => ({ problems: [{ file, message }] });
  if (!text.startsWith("---\n"))
    return problem("has no frontmatter; the first line must be --- followed by YAML fields");
  // Without this, gray-matter reads the whole file as frontmatter and the body as (broken) YAML.
  if (!/\n---[ \t]*(\n|$)/.test(text.slice(3)))
    return problem("has no closing --- line; end the frontmatter with a line holding only ---");
  return decoded;
}

// Hints for the YAML mistakes contributors make most, keyed by js-yaml's reason.
const yamlHints: Record<string, string> = {
  "tab characters must not be used in indentation": "indent with spaces, not tabs",
  "missed comma between flow collection entries":
    "a [ ] or { } list on this or an earlier line is not closed, or lacks a comma",
};

export function yamlProblem(file: string, error: yaml.YAMLException): ContentProblem {
  // js-yaml counts lines from 0; the YAML from gray-matter starts with the newline that ends the opening ---, so
  // in both cases mark line 0 is file line 1.
  const line = error.mark.line + 1;
  if (error.reason === "duplicated mapping key") {
    // The mark points at the repeated key; only a key at column 0 is a top-level field.
    const rest = error.mark.buffer.slice(error.mark.position);
    const key = /^["']?([^"':,{}[\]\n]+?)["']?\s*:/.exec(rest)?.[1] ?? "a key";
    const message = `line ${line}: "${key}" is set twice; keep only one "${key}:"`;
    return error.mark.column === 0 ? { file, field: key, message } : { file, message };
  }
  const hint = yamlHints[error.reason];
  return { file, message: `line ${line}: YAML syntax error: ${error.reason}${hint ? `; ${hint}` : ""}` };
}

export function parseFrontmatter(file: string, raw: Uint8Array): Result<{ data: unknown; body: string }> {
  const decoded = decodeText(file, raw);
  if (decoded.value === undefined) return { problems: decoded.problems };
  try {
    const { data, content } = matter(decoded.value, { engines: { yaml: parseYaml } });
    return { value: { data, body: content.trim() }, problems: [] };
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    return { problems: [yamlProblem(file, error)] };
  }
}


/** A whole file of YAML (a price file): its data, or the first syntax error with its line. */
export function parseYamlFile(file: string, raw: Uint8Array): Result<unknown> {
  const decoded = decodeUtf8(file, raw);
  if (decoded.value === undefined) return { problems: decoded.problems };
  try {
    return { value: parseYaml(decoded.value), problems: [] };
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    return { problems: [yamlProblem(file, error)] };
  }
}
