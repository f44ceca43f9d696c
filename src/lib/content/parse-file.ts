// Parses and validates one content file from its raw bytes: no file system, so every rule is unit-testable.
import { z } from "zod";
import { describeIssues, type FieldProblem } from "./messages";
import { bodyMarkupProblems } from "./markdown";
import { projectRuleProblems } from "./project-rules";
import { categoryFrontmatterSchema, projectFrontmatterSchema, slugPattern, type Category, type Project } from "./schema";

import { parseFrontmatter, type ContentProblem, type Result } from "./text-file";

export type { ContentProblem };

export const maxBodyLength = 20_000;

function bodyProblems(file: string, body: string): ContentProblem[] {
  const markup = bodyMarkupProblems(body).map((message) => ({ file, field: "body", message }));
  if (markup.length > 0) return markup;
  if (body.length === 0)
    return [{ file, field: "body", message: "is empty; write the description below the frontmatter" }];
  if (body.length > maxBodyLength)
    return [
      { file, field: "body", message: `is ${body.length} characters long; keep it under ${maxBodyLength}` },
    ];
  return [];
}

function slugFromFile(file: string): Result<string> {
  const name = file.split("/").at(-1) ?? file;
  const slug = name.replace(/\.md$/, "");
  if (slugPattern.test(slug)) return { value: slug, problems: [] };
  const suggestion = slug
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return {
    problems: [
      {
        file,
        message: `file name "${name}" is not a valid slug: use lowercase letters, digits and hyphens, such as "${suggestion || "my-project"}.md"`,
      },
    ],
  };
}

/** The field names of the object the schema expects at `path`, for "did you mean" on unknown fields. */
function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType | undefined = schema;
  const unwrap = (node: z.ZodType): z.ZodType | undefined => {
    if (node instanceof z.ZodOptional || node instanceof z.ZodDefault) return unwrap(node.unwrap() as z.ZodType);
    if (node instanceof z.ZodUnion)
      return (node.options as z.ZodType[]).map(unwrap).find((option) => option instanceof z.ZodObject || option instanceof z.ZodArray);
    return node;
  };
  for (const key of path) {
    current = current && unwrap(current);
    if (current instanceof z.ZodArray && typeof key === "number") current = current.element as z.ZodType;
    else if (current instanceof z.ZodObject && typeof key === "string") current = current.shape[key] as z.ZodType;
    else return [];
  }
  current = current && unwrap(current);
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

// Fields of earlier schema versions, with what replaced them.
const retiredFields: Record<string, string> = {
  chains:
    'unknown field "chains": chains are now derived from deployments; list each chain under deployments with its role (native, token or contracts), address and sources',
  "citations.chains": "chains are now derived from deployments: each deployment cites its own sources",
};

function schemaProblems(file: string, issues: readonly z.core.$ZodIssue[], data: unknown, schema: z.ZodObject) {
  return describeIssues(issues, data, (path) => fieldsAt(schema, path)).map((problem: FieldProblem) => ({
    file,
    ...problem,
    message: retiredFields[problem.field] ?? problem.message,
  }));
}

const chainsOf = (deployments: Project["deployments"]) =>
  Array.isArray(deployments) ? [...new Set(deployments.map((entry) => entry.chain))] : [];

export function parseProjectFile(file: string, raw: Uint8Array): Result<Project> {
  const slug = slugFromFile(file);
  const parsed = parseFrontmatter(file, raw);
  if (!parsed.value) return { problems: [...slug.problems, ...parsed.problems] };
  const { data, body } = parsed.value;
  const result = projectFrontmatterSchema.safeParse(data ?? {});
  const problems = [...slug.problems, ...bodyProblems(file, body)];
  if (!result.success)
    return {
      problems: [...problems, ...schemaProblems(file, result.error.issues, data, projectFrontmatterSchema)],
    };
  problems.push(...projectRuleProblems(result.data).map((problem) => ({ file, ...problem })));
  if (problems.length > 0 || slug.value === undefined) return { problems };
  const project = { ...result.data, slug: slug.value, body, file, chains: chainsOf(result.data.deployments) };
  return { value: project, problems };
}

export function parseCategoryFile(file: string, raw: Uint8Array): Result<Category> {
  const slug = slugFromFile(file);
  const parsed = parseFrontmatter(file, raw);
  if (!parsed.value) return { problems: [...slug.problems, ...parsed.problems] };
  const { data, body } = parsed.value;
  const problems = [...slug.problems, ...bodyProblems(file, body)];
  const result = categoryFrontmatterSchema.safeParse(data ?? {});
  if (!result.success)
    problems.push(...schemaProblems(file, result.error.issues, data, categoryFrontmatterSchema));
  if (problems.length > 0 || !result.success || slug.value === undefined) return { problems };
  return { value: { ...result.data, slug: slug.value, body, file }, problems };
}
