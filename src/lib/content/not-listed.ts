// Projects the directory does not list, and why (content/not-listed.yaml): named in the source article but not
// verifiable, or considered while extending the map and left out. Validated like every content file.
import { z } from "zod";
import { pastDate, webUrl } from "./fields";
import { describeIssues } from "./messages";
import { slugPattern } from "./schema";
import { parseYamlFile, type Result } from "./text-file";

const text = z.string().trim().min(1, { error: "a non-empty text" });
const slug = z.string().regex(slugPattern, { error: "a lowercase kebab-case slug" });

const notListedSchema = z.strictObject({
  unverified: z.array(z.strictObject({ slug, name: text, sourceSection: text, reason: text })),
  considered: z.array(
    z.strictObject({
      slug,
      name: text,
      reason: text,
      sources: z.array(z.strictObject({ title: text, url: webUrl, accessed: pastDate })).min(1, {
        error: "at least one source that shows why it is left out",
      }),
    }),
  ),
});
export type NotListed = z.infer<typeof notListedSchema>;

export function parseNotListed(file: string, raw: Uint8Array): Result<NotListed> {
  const parsed = parseYamlFile(file, raw);
  if (parsed.problems.length > 0) return { problems: parsed.problems };
  const result = notListedSchema.safeParse(parsed.value ?? {});
  if (result.success) return { value: result.data, problems: [] };
  const known = (path: readonly PropertyKey[]) =>
    path.length === 0 ? ["unverified", "considered"] : ["slug", "name", "sourceSection", "reason", "sources"];
  return { problems: describeIssues(result.error.issues, parsed.value, known).map((problem) => ({ file, ...problem })) };
}
