// Turns zod issues into messages a contributor can act on: field path, what was expected, and a near miss.
import type { z } from "zod";
import { closestMatch } from "../text/suggest";

export type FieldProblem = { field: string; message: string };

// By the field holding the value (the last name in its path): deployments[0].chain holds a chain.
const vocabularyNames: Record<string, string> = {
  category: "category",
  status: "status",
  chain: "chain",
  role: "role",
  resources: "resource",
  workloads: "workload",
  links: "link kind",
  citations: "citable fact",
  value: "value",
  gpu: "GPU model",
  kind: "kind",
};

export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === "number" ? `[${key}]` : `${index === 0 ? "" : "."}${String(key)}`))
    .join("");
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function show(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}..."` : text;
}

function didYouMean(input: string, candidates: readonly string[]): string {
  const match = closestMatch(input, candidates);
  return match ? `; did you mean "${match}"?` : "";
}

function unknownValue(issue: z.core.$ZodIssueInvalidValue, value: unknown): string {
  const holderAt = issue.path.findLastIndex((key) => typeof key === "string" && key in vocabularyNames);
  const holder = String(issue.path[holderAt]);
  // A trust rating's value is named by its axis: "unknown supply value".
  const vocabulary =
    holder === "value" && holderAt > 0 ? `${String(issue.path[holderAt - 1])} value` : (vocabularyNames[holder] ?? "value");
  const allowed = issue.values.map(String);
  if (value === undefined) return `required field is missing (expected one of: ${allowed.join(", ")})`;
  if (typeof value !== "string") return `expected one of ${allowed.join(", ")}, got ${show(value)}`;
  if (value === "") return `is empty; expected one of: ${allowed.join(", ")}`;
  const hint = didYouMean(value, allowed);
  return `unknown ${vocabulary} "${value}"${hint || `; expected one of: ${allowed.join(", ")}`}`;
}

/** One message per problem; `unrecognized_keys` becomes one message per unknown field. */
export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  knownFieldsAt: (path: readonly PropertyKey[]) => readonly string[],
): FieldProblem[] {
  return issues.flatMap((issue): FieldProblem[] => {
    const field = formatFieldPath(issue.path) || "frontmatter";
    const value = valueAt(data, issue.path);
    switch (issue.code) {
      case "unrecognized_keys":
        return issue.keys.map((key) => ({
          field: formatFieldPath([...issue.path, key]),
          message: `unknown field "${key}"${didYouMean(key, knownFieldsAt(issue.path))}`,
        }));
      case "invalid_value":
        return [{ field, message: unknownValue(issue, value) }];
      case "invalid_key": {
        const key = String(issue.path.at(-1) ?? "");
        const parent = formatFieldPath(issue.path.slice(0, -1));
        return [{ field, message: `unknown key "${key}" in ${parent}` }];
      }
      case "invalid_type":
        if (value === undefined)
          return [{ field, message: `required field is missing (expected ${expectedText(issue)})` }];
        return [
          { field, message: `expected ${expectedText(issue)}, got ${show(value)}${typeHint(issue, value)}` },
        ];
      case "invalid_union":
        return unionProblems(issue, data, knownFieldsAt);
      case "custom":
        if (issue.params?.isComplete) return [{ field, message: issue.message }];
        return [{ field, message: `expected ${issue.message}, got ${show(value)}` }];
      default:
        if (value === "") return [{ field, message: `is empty; expected ${issue.message}` }];
        return [{ field, message: `expected ${issue.message}, got ${show(value)}` }];
    }
  });
}

/**
 * A fact that may also be `none` is a union of the literal and the real schema. When the value is not "none",
 * the literal's complaint is noise: report what the real schema says, at the right depth.
 */
function unionProblems(
  issue: z.core.$ZodIssueInvalidUnion,
  data: unknown,
  knownFieldsAt: (path: readonly PropertyKey[]) => readonly string[],
): FieldProblem[] {
  const field = formatFieldPath(issue.path) || "frontmatter";
  const isNoneLiteral = (branch: readonly z.core.$ZodIssue[]) =>
    branch.length === 1 && branch[0]?.code === "invalid_value" && branch[0].values.includes("none");
  const branches = issue.errors.filter((branch) => branch.length > 0 && !isNoneLiteral(branch));
  if (branches.length !== 1 || !branches[0]) return [{ field, message: `expected ${issue.message}` }];
  const nested = branches[0].map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }));
  return describeIssues(nested as z.core.$ZodIssue[], data, knownFieldsAt).map((problem) =>
    problem.field === field && typeof valueAt(data, issue.path) === "string"
      ? { ...problem, message: `${problem.message}, or none` }
      : problem,
  );
}

function expectedText(issue: z.core.$ZodIssueInvalidType): string {
  if (!issue.message.startsWith("Invalid input")) return issue.message;
  const names: Record<string, string> = {
    array: "a list",
    object: "a mapping",
    string: "a text",
    number: "a number",
  };
  return names[issue.expected] ?? issue.expected;
}

/** The usual fix when a value has the right content but the wrong YAML form. */
function typeHint(issue: z.core.$ZodIssueInvalidType, value: unknown): string {
  if (typeof value !== "string") return "";
  if (issue.expected === "array") return `; write a list in brackets, such as [${value}]`;
  if (issue.expected === "number" && /^\d+$/.test(value.trim())) return "; write the number without quotes";
  return "";
}
