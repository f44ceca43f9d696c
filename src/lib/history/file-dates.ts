// When each content file last changed in git: the Vietnamese edition compares a translation with its English file.
import { execFileSync } from "node:child_process";

const commitMarker = "commit-date:";

/** Reads `git log --format=commit-date:%cI --name-only` (newest first): each file's newest commit time. */
export function parseFileDates(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  let current: string | undefined;
  for (const line of output.split("\n")) {
    if (line.startsWith(commitMarker)) current = line.slice(commitMarker.length).trim();
    else if (line.trim() && current && !dates.has(line.trim())) dates.set(line.trim(), current);
  }
  return dates;
}

let cached: Map<string, string> | undefined;

/** Newest commit time of every file under content/; empty without git (a source archive). Read once per build. */
export function contentFileDates(): Map<string, string> {
  if (cached) return cached;
  try {
    const output = execFileSync(
      "git",
      ["log", `--format=${commitMarker}%cI`, "--name-only", "--", "content"],
      {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    cached = parseFileDates(output);
  } catch {
    cached = new Map();
  }
  return cached;
}

/** True when the English file changed after its translation did (both known to git). */
export function isTranslationOutdated(
  dates: ReadonlyMap<string, string>,
  englishFile: string,
  translationFile: string,
) {
  const english = dates.get(englishFile);
  const translation = dates.get(translationFile);
  return english !== undefined && translation !== undefined && Date.parse(english) > Date.parse(translation);
}
