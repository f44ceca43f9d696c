// A copy of the app pointed at a synthetic directory, built with `next build`; the real content is never touched.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";
import type { Project } from "../src/lib/content/schema";
import { writeProjectFiles } from "./synthetic";

// Build output and dependencies are not copied; without a second lockfile Next.js finds the copy's root itself.
const skipped = new Set([
  ".git",
  ".next",
  "out",
  "node_modules",
  "package-lock.json",
  "test-results",
  "playwright-report",
]);

export function prepareSite(root: string, siteDir: string, projects: readonly Project[]) {
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(siteDir, { recursive: true });
  const notCopied = new Set([path.join(root, "content", "projects"), path.join(root, "tests", ".artifacts")]);
  const copy = (relative: string) =>
    cpSync(path.join(root, relative), path.join(siteDir, relative), {
      recursive: true,
      filter: (source) => !notCopied.has(source),
    });
  for (const entry of readdirSync(root)) {
    if (skipped.has(entry)) continue;
    if (entry !== "bench") {
      copy(entry);
      continue;
    }
    // The copy lives in bench/.work, which cannot be copied into itself.
    for (const inner of readdirSync(path.join(root, entry)))
      if (inner !== ".work") copy(path.join(entry, inner));
  }
  symlinkSync(path.join(root, "node_modules"), path.join(siteDir, "node_modules"), "dir");
  writeProjectFiles(projects, path.join(siteDir, "content", "projects"));
}

function timed(command: string, args: string[], cwd: string): number {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  delete env.ATLAS_EXTRA_PROJECTS;
  const start = performance.now();
  execFileSync(command, args, { cwd, env, stdio: ["ignore", "ignore", "inherit"] });
  return (performance.now() - start) / 1000;
}

/** Seconds for `npm run validate` and for `next build` in the copy. */
export function buildSite(siteDir: string): { validateSeconds: number; buildSeconds: number } {
  const bin = (name: string) => path.join(siteDir, "node_modules", ".bin", name);
  const validateSeconds = timed(bin("tsx"), ["scripts/validate.ts"], siteDir);
  const buildSeconds = timed(bin("next"), ["build"], siteDir);
  return { validateSeconds, buildSeconds };
}
