import { readFileSync } from "node:fs";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { citedUrls, verdictOf } from "../../scripts/lib/source-urls";

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> };
type Workflow = {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[]; needs?: string; environment?: unknown }>;
};
const workflow = (name: string) => yaml.load(readFileSync(`.github/workflows/${name}`, "utf8")) as Workflow;
const steps = (file: Workflow) => Object.values(file.jobs).flatMap((job) => job.steps);

describe("the GitHub workflows", () => {
  it("run .ci/run on every push and pull request, with the whole history", () => {
    const ci = workflow("ci.yml");
    expect(Object.keys(ci.on).sort()).toEqual(["pull_request", "push"]);
    expect(steps(ci).some((step) => step.run === "bash .ci/run")).toBe(true);
    expect(steps(ci).find((step) => step.uses?.startsWith("actions/checkout"))?.with?.["fetch-depth"]).toBe(
      0,
    );
  });

  it("build main with full history and the base path, and deploy out/ to Pages with the Pages permissions", () => {
    const deploy = workflow("deploy.yml");
    expect(deploy.on).toMatchObject({ push: { branches: ["main"] } });
    expect(deploy.permissions).toMatchObject({ pages: "write", "id-token": "write", contents: "read" });
    const all = steps(deploy);
    expect(all.find((step) => step.uses?.startsWith("actions/checkout"))?.with?.["fetch-depth"]).toBe(0);
    const build = all.find((step) => step.run === "npm run build")!;
    expect(Object.keys(build.env ?? {})).toEqual(
      expect.arrayContaining(["NEXT_PUBLIC_BASE_PATH", "NEXT_PUBLIC_SITE_URL"]),
    );
    expect(all.find((step) => step.uses?.startsWith("actions/upload-pages-artifact"))?.with?.path).toBe(
      "out",
    );
    expect(deploy.jobs.deploy?.needs).toBe("build");
    expect(
      steps({ ...deploy, jobs: { deploy: deploy.jobs.deploy! } }).some((step) =>
        step.uses?.startsWith("actions/deploy-pages"),
      ),
    ).toBe(true);
  });

  it("check the cited links weekly and only report: read-only, no issue opened", () => {
    const links = workflow("source-links.yml");
    expect(links.on).toHaveProperty("schedule");
    expect(links.permissions).toEqual({ contents: "read" });
    expect(steps(links).some((step) => step.run?.startsWith("npm run check:sources"))).toBe(true);
    expect(JSON.stringify(links)).not.toMatch(/issues|create-issue/);
  });
});

describe("the source link check", () => {
  it("collects every cited URL once, with the files citing it", () => {
    const content = loadContent();
    const urls = citedUrls(content);
    expect(new Set(urls.map((entry) => entry.url)).size).toBe(urls.length);
    const akash = content.projects.find((project) => project.slug === "akash-network")!;
    for (const source of akash.sources)
      expect(urls.find((entry) => entry.url === source.url)?.files).toContain(akash.file);
    expect(urls.some((entry) => entry.files.some((file) => file.startsWith("content/prices/")))).toBe(true);
  });

  it("tells broken pages from sites that refuse robots", () => {
    expect([200, 301, 404, 410, 403, 429, 500].map(verdictOf)).toEqual([
      "ok",
      "ok",
      "broken",
      "broken",
      "blocked",
      "blocked",
      "broken",
    ]);
  });
});
