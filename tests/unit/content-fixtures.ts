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
activity:
  date: "2026-01-02"
  what: Version 2.0 released
  url: https://docs.example-compute.test/changelog
deployments:
  - chain: solana
    role: token
    address: "EXCtoken1111111111111111111111111111111111"
    explorer: https://solscan.io/token/EXCtoken1111111111111111111111111111111111
    sources: [2]
resources: [gpu]
workloads: [inference]
token: EXC
tokenLaunched: 2023
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
  resources: [1]
  workloads: [1]
  token: [2]
  tokenLaunched: [2]
  launched: [2]
  status: [1]
trust:
  verification: { value: reputation, why: "Providers are scored on uptime checks; nobody re-runs their jobs.", sources: [1] }
  supply: { value: permissionless, why: "Anyone with a supported GPU can install the node and join.", sources: [1] }
  settlement: { value: escrow, why: "Buyers lock payment in a program that pays per completed job.", sources: [1] }
  penalties: { value: unknown, why: "Looked for penalties in the docs and found none described." }
  control: { value: company, why: "The company holds the upgrade key of the programs.", sources: [1] }
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

/**
 * A loaded project with empty defaults, for logic tests that need only a few fields set. Chains given without
 * deployments become native deployments, as content loading would derive them the other way round.
 */
export const testProject = (slug: string, fields: Partial<Project>): Project => ({
  slug,
  name: slug.toUpperCase(),
  aliases: [],
  tagline: "",
  category: "iaas-cloud",
  status: "active",
  activity: { date: "2025-12-01", what: "A release", url: `https://${slug}.test/news` },
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
  chains:
    fields.chains ??
    (Array.isArray(fields.deployments) ? fields.deployments.map((entry) => entry.chain) : []),
  deployments:
    fields.deployments ??
    (fields.chains ?? []).map((chain) => ({ chain, role: "native" as const, sources: [1] })),
});
