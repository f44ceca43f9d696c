// The Vietnamese edition's texts (content/i18n/vi/): a tagline and description per project, a name and
// description per category, each beside its English file and validated like it.
import { z } from "zod";
import { describeIssues } from "./messages";
import { bodyMarkupProblems } from "./markdown";
import { parseFrontmatter, type ContentProblem, type Result } from "./text-file";

export type ProjectTranslation = { slug: string; file: string; tagline: string; body: string };
export type CategoryTranslation = { slug: string; file: string; name: string; body: string };
export type Translations = {
  projects: ReadonlyMap<string, ProjectTranslation>;
  categories: ReadonlyMap<string, CategoryTranslation>;
};

const text = z.string().trim().min(1, { error: "a non-empty text" });
const projectSchema = z.strictObject({ tagline: text.max(140, { error: "at most 140 characters" }) });
const categorySchema = z.strictObject({ name: text });

function parseTranslation<T extends z.ZodObject>(
  schema: T,
  file: string,
  raw: Uint8Array,
): Result<z.infer<T> & { slug: string; file: string; body: string }> {
  const parsed = parseFrontmatter(file, raw);
  if (!parsed.value) return { problems: parsed.problems };
  const { data, body } = parsed.value;
  const problems: ContentProblem[] = bodyMarkupProblems(body).map((message) => ({ file, field: "body", message }));
  if (body.length === 0) problems.push({ file, field: "body", message: "is empty; write the translated description" });
  const result = schema.safeParse(data ?? {});
  if (!result.success)
    problems.push(
      ...describeIssues(result.error.issues, data, () => Object.keys(schema.shape)).map((problem) => ({
        file,
        ...problem,
      })),
    );
  if (problems.length > 0 || !result.success) return { problems };
  const slug = (file.split("/").at(-1) ?? file).replace(/\.md$/, "");
  return { value: { ...(result.data as z.infer<T>), slug, file, body }, problems };
}

export const parseProjectTranslation = (file: string, raw: Uint8Array) => parseTranslation(projectSchema, file, raw);
export const parseCategoryTranslation = (file: string, raw: Uint8Array) => parseTranslation(categorySchema, file, raw);

/** A translation must translate something: its file name is that of an English file. */
export function orphanProblems(translations: readonly { slug: string; file: string }[], slugs: readonly string[]) {
  const known = new Set(slugs);
  return translations.flatMap((translation) =>
    known.has(translation.slug)
      ? []
      : [{ file: translation.file, message: `translates "${translation.slug}", which has no English file; rename or remove it` }],
  );
}
