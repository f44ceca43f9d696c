// A copy of the app pointed at a synthetic directory, built with `next build`; the real content is never touched.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
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
  // Translations and project price files name real projects, which the synthetic directory does not have; the
  // baseline price files (centralized clouds) name none and keep the price pages buildable.
  const notCopied = new Set(
    [
      ["content", "projects"],
      ["content", "i18n"],
      ["tests", ".artifacts"],
    ].map((parts) => path.join(root, ...parts)),
  );
  const pricesDir = path.join(root, "content", "prices");
  const namesProject = (source: string) =>
    path.dirname(source) === pricesDir && /^project:/m.test(readFileSync(source, "utf8"));
  const copy = (relative: string) =>
    cpSync(path.join(root, relative), path.join(siteDir, relative), {
      recursive: true,
      filter: (source) => !notCopied.has(source) && !namesProject(source),
    });
  for (const entry of readdirSync(root)) {
    // Exports (out/, out-test/, any out-<name>/) are build output too.
    if (skipped.has(entry) || /^out-/.test(entry)) continue;
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
