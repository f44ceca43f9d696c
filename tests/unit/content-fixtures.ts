// Builders for content files and throw-away content trees used by the loader tests.
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Project } from "@/lib/content/schema";

export const validFrontmatter = `name: Example Compute
aliases: [ExampleNet]
tagline: Rents out idle GPUs for AI inference
category: compute-marketplaces
status: active
chains: [solana]
resources: [gpu]
workloads: [inference]
token: EXC
launched: 2022
website: https://example-compute.test
links:
  docs: https://docs.example-compute.test
sources:
  - title: Example docs
    url: https://docs.example-compute.test/intro
    accessed: "2026-01-10"
  - title: Example on a token listing
    url: https://listing.example.test/exc
    accessed: "2026-01-10"
citations:
  chains: [1]
  resources: [1]
  workloads: [1]
  token: [2]
  launched: [2]
  status: [1]
lastReviewed: "2026-01-10"`;

export const projectFile = (
  frontmatter: string = validFrontmatter,
  body = "A short description of the project.",
) => `---\n${frontmatter}\n---\n\n${body}\n`;

/** Replaces the line that starts with `field:` (or removes it when `line` is empty). */
export const withField = (field: string, line: string, frontmatter: string = validFrontmatter) =>
  frontmatter
    .split("\n")
    .flatMap((current) => (current.startsWith(`${field}:`) ? (line ? [line] : []) : [current]))
    .join("\n");

export const bytes = (text: string) => new TextEncoder().encode(text);

/** A content tree with the real categories and the given project files. */
export function contentTree(projects: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "atlas-content-"));
  cpSync(path.resolve("content/categories"), path.join(root, "categories"), { recursive: true });
  cpSync(path.resolve("content/projects/_template.md"), path.join(root, "projects", "_template.md"), {
    recursive: true,
  });
  for (const [name, text] of Object.entries(projects)) writeFileSync(path.join(root, "projects", name), text);
  return root;
}

/** A loaded project with empty defaults, for logic tests that need only a few fields set. */
export const testProject = (slug: string, fields: Partial<Project>): Project => ({
  slug,
  name: slug.toUpperCase(),
  aliases: [],
  tagline: "",
  category: "iaas-cloud",
  status: "active",
  chains: [],
  resources: [],
  workloads: [],
  website: `https://${slug}.test`,
  links: {},
  sources: [],
  citations: {},
  lastReviewed: "2026-01-01",
  body: "",
  file: `${slug}.md`,
  ...fields,
});
