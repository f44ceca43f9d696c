// Parses one price file from its raw bytes into a validated PriceFile, or every problem it has.
import { describeIssues } from "../content/messages";
import { slugPattern } from "../content/schema";
import { parseYamlFile, type ContentProblem, type Result } from "../content/text-file";
import { priceFileSchema, type PriceFile } from "./schema";

export const kebabName = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

export function parsePriceFile(file: string, raw: Uint8Array): Result<PriceFile> {
  const name = file.split("/").at(-1) ?? file;
  const slug = name.replace(/\.yaml$/, "");
  const problems: ContentProblem[] = [];
  if (!name.endsWith(".yaml"))
    problems.push({ file, message: 'is not a price file; price files end in ".yaml"' });
  else if (!slugPattern.test(slug))
    problems.push({
      file,
      message: `file name "${name}" is not a valid slug, such as "${kebabName(slug)}.yaml"`,
    });
  const parsed = parseYamlFile(file, raw);
  if (parsed.problems.length > 0) return { problems: [...problems, ...parsed.problems] };
  const result = priceFileSchema.safeParse(parsed.value ?? {});
  if (!result.success) {
    const fields = (path: readonly PropertyKey[]) =>
      path.length === 0
        ? ["project", "baseline", "observations"]
        : path[0] === "observations"
          ? ["gpu", "usdPerGpuHour", "observed", "kind", "url", "raw", "note"]
          : ["name", "website", "kind"];
    // A whole-file problem has no field: "frontmatter" would mislead in a YAML file.
    problems.push(
      ...describeIssues(result.error.issues, parsed.value, fields).map(({ field, message }) =>
        field === "frontmatter" ? { file, message } : { file, field, message },
      ),
    );
    return { problems };
  }
  const expected = result.data.project ?? kebabName(result.data.baseline?.name ?? "");
  if (expected !== slug)
    problems.push({
      file,
      message: `is named "${name}" but describes "${expected}"; name it ${expected}.yaml`,
    });
  return problems.length > 0 ? { problems } : { value: { ...result.data, slug, file }, problems };
}
