// When each content file last changed, from git history at build time; lastReviewed stands in without git.
import { execFileSync } from "node:child_process";
import type { Project } from "./schema";
import { compareText } from "../text/order";

const commitMarker = "commit-date:";

/** Reads `git log --format=commit-date:%cs --name-only` (newest first): each file's most recent commit date. */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  let current: string | undefined;
  for (const line of output.split("\n")) {
    if (line.startsWith(commitMarker)) current = line.slice(commitMarker.length).trim();
    else if (line.trim() && current && !dates.has(line.trim())) dates.set(line.trim(), current);
  }
  return dates;
}

function gitDates(folder: string): Map<string, string> {
  try {
    const output = execFileSync("git", ["log", `--format=${commitMarker}%cs`, "--name-only", "--", folder], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    return parseGitLog(output);
  } catch {
    // No git binary or no repository (e.g. a source tarball): every project falls back to its review date.
    return new Map();
  }
}

export type ProjectChange = { project: Project; date: string; isFromGit: boolean };

export function projectChanges(projects: readonly Project[], dates: Map<string, string>): ProjectChange[] {
  return projects
    .map((project) => {
      const date = dates.get(project.file);
      return { project, date: date ?? project.lastReviewed, isFromGit: date !== undefined };
    })
    .sort((a, b) => compareText(b.date, a.date) || compareText(a.project.name, b.project.name));
}

let cached: Map<string, string> | undefined;

/** Last-change dates of the project files, read from git once per build. */
export const contentHistory = () => (cached ??= gitDates("content/projects"));
