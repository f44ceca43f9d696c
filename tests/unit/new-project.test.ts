import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";

const run = (args: string[]) => spawnSync("npm", ["run", "--silent", ...args], { encoding: "utf8" });

it("scaffolds a project that validation reports only the still-empty required fields of", () => {
  const root = mkdtempSync(path.join(tmpdir(), "atlas-new-"));
  cpSync("content/categories", path.join(root, "categories"), { recursive: true });
  mkdirSync(path.join(root, "projects"));

  const created = run(["new", "--", "Test Project", "--root", root]);
  expect(created.status).toBe(0);
  const file = path.join(root, "projects", "test-project.md");
  const today = new Date().toISOString().slice(0, 10);
  expect(readFileSync(file, "utf8")).toContain(`lastReviewed: "${today}"`);

  const validation = run(["validate", "--", root]);
  expect(validation.status).toBe(1);
  const problems = validation.stderr.split("\n").filter((line) => line.includes("test-project.md"));
  expect(
    problems.map((line) => line.replace(/^.*test-project\.md: /, "").replace(/: is empty.*$/, "")),
  ).toEqual([
    "tagline",
    "category",
    "activity.date",
    "activity.what",
    "activity.url",
    "website",
    "sources[0].title",
    "sources[0].url",
    "sources[1].title",
    "sources[1].url",
  ]);
}, 60_000);

it("keeps the template file and the README's field table in step with the fact registry", async () => {
  const { projectTemplate } = await import("../../scripts/lib/project-template");
  const { schemaTable } = await import("../../scripts/lib/schema-table");
  const normalise = (text: string) => text.replace(/\s+/g, " ").replace(/ ?\| ?-+/g, "|-");
  expect(readFileSync("content/projects/_template.md", "utf8")).toBe(projectTemplate());
  const readme = readFileSync("README.md", "utf8");
  const table = readme.slice(
    readme.indexOf("<!-- schema-table:start"),
    readme.indexOf("<!-- schema-table:end -->") + 25,
  );
  expect(normalise(table)).toBe(normalise(schemaTable()));
});
