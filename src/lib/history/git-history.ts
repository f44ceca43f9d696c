// The history of every project's facts and prices, read from git once per build: which commit changed what, and when.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { priceFactChanges, projectFactChanges, type FactChange } from "./fact-changes";

export type HistoryEntry = {
  commit: string;
  /** The commit date, ISO 8601 with time and offset. */
  date: string;
  subject: string;
  file: string;
  slug: string;
  kind: "project" | "price";
  changes: FactChange[];
};

/**
 * `shallow`: the clone lacks older commits, so the entries stop early; `unavailable`: no git or no repository
 * (a source archive), so there are none. Pages say so rather than showing an empty history.
 */
export type FactHistory = { status: "ok" | "shallow" | "unavailable"; entries: HistoryEntry[] };

/** One file touched by a commit, with the blob ids of its versions before and after (absent: no file). */
export type FileVersions = { file: string; before?: string; after?: string };
export type LoggedCommit = { commit: string; date: string; subject: string; files: FileVersions[] };

const commitMarker = "\x1e";
const logFormat = `--format=${commitMarker}%H%x00%cI%x00%s`;
const defaultPaths = ["content/projects", "content/prices"];
const missingBlob = /^0+$/;

/** Reads `git log --raw --no-abbrev` in the format above: commits newest first, with the files each touched. */
export function parseRawLog(output: string): LoggedCommit[] {
  const commits: LoggedCommit[] = [];
  for (const line of output.split("\n")) {
    if (line.startsWith(commitMarker)) {
      const [commit = "", date = "", subject = ""] = line.slice(commitMarker.length).split("\0");
      commits.push({ commit, date, subject, files: [] });
    } else if (line.startsWith(":")) {
      // ":<old mode> <new mode> <old blob> <new blob> <status>\t<path>"; an id of zeros means no file.
      const [meta = "", file = ""] = line.split("\t");
      const [, , before = "", after = ""] = meta.split(" ");
      commits.at(-1)?.files.push({
        file,
        ...(missingBlob.test(before) ? {} : { before }),
        ...(missingBlob.test(after) ? {} : { after }),
      });
    }
  }
  return commits;
}

/** Which content file a path is: a project (`projects/<slug>.md`) or a price file (`prices/<slug>.yaml`). */
export function contentFileOf(file: string): { slug: string; kind: "project" | "price" } | undefined {
  const match = /(?:^|\/)(projects\/([^/]+)\.md|prices\/([^/]+)\.yaml)$/.exec(file);
  const slug = match?.[2] ?? match?.[3];
  // Files starting with "_" are templates and notes, not projects.
  if (slug === undefined || slug.startsWith("_")) return undefined;
  return { slug, kind: match?.[2] === undefined ? "price" : "project" };
}

/** Reads the output of `git cat-file --batch`: "<id> blob <size>\n<content>\n" per object, in request order. */
export function parseCatFileBatch(output: Buffer): Map<string, string> {
  const contents = new Map<string, string>();
  let position = 0;
  while (position < output.length) {
    const headerEnd = output.indexOf(0x0a, position);
    if (headerEnd === -1) break;
    const header = output.toString("utf8", position, headerEnd);
    const [id = "", type, size] = header.split(" ");
    if (type === "missing" || size === undefined)
      throw new Error(`git cat-file: blob ${id} is missing from the repository (${header})`);
    const start = headerEnd + 1;
    const end = start + Number(size);
    contents.set(id, output.toString("utf8", start, end));
    position = end + 1;
  }
  return contents;
}

const git = (cwd: string, args: string[]) =>
  execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 30 });

/** Every blob's text, through one `git cat-file --batch` process however many blobs there are. */
function readBlobs(cwd: string, ids: readonly string[]): Map<string, string> {
  if (ids.length === 0) return new Map();
  const result = spawnSync("git", ["cat-file", "--batch"], {
    cwd,
    input: `${ids.join("\n")}\n`,
    maxBuffer: 1 << 30,
  });
  if (result.error) throw result.error;
  if (result.status !== 0)
    throw new Error(`git cat-file --batch failed with status ${result.status}: ${result.stderr.toString()}`);
  return parseCatFileBatch(result.stdout);
}

type RepositoryState = { isShallow: boolean; shallowBoundary: Set<string> };

/** Whether cwd is in a git repository with commits, and where a shallow clone's history was cut. */
function repositoryState(cwd: string): RepositoryState | undefined {
  let output: string;
  try {
    output = git(cwd, ["rev-parse", "--is-shallow-repository", "--git-path", "shallow", "HEAD"]);
  } catch {
    // No git binary, no repository (a source archive) or no commit yet: the history is unavailable, not an error.
    return undefined;
  }
  const [isShallow, shallowFile = ""] = output.split("\n");
  const boundaryFile = path.resolve(cwd, shallowFile);
  const shallowBoundary =
    isShallow === "true" && existsSync(boundaryFile)
      ? new Set(readFileSync(boundaryFile, "utf8").split("\n").filter(Boolean))
      : new Set<string>();
  return { isShallow: isShallow === "true", shallowBoundary };
}

function historyOf(cwd: string, paths: readonly string[]): FactHistory {
  const state = repositoryState(cwd);
  if (state === undefined) return { status: "unavailable", entries: [] };
  const log = git(cwd, [
    "-c",
    "core.quotePath=false",
    "log",
    "--raw",
    "--root",
    "--no-abbrev",
    "--no-renames",
    "--relative",
    logFormat,
    "--",
    ...paths,
  ]);
  // A shallow clone's oldest commit has no parent here, so git shows every file as new in it: not a real change.
  const commits = parseRawLog(log).filter((commit) => !state.shallowBoundary.has(commit.commit));
  const touched = commits.flatMap((commit) =>
    commit.files.flatMap((versions) => {
      const content = contentFileOf(versions.file);
      return content ? [{ commit, versions, ...content }] : [];
    }),
  );
  const blobIds = touched.flatMap(({ versions }) =>
    [versions.before, versions.after].filter((id) => id !== undefined),
  );
  const blobs = readBlobs(cwd, [...new Set(blobIds)]);
  const textOf = (id: string | undefined) => (id === undefined ? undefined : blobs.get(id));
  const entries = touched.map(({ commit, versions, slug, kind }): HistoryEntry => {
    const compare = kind === "project" ? projectFactChanges : priceFactChanges;
    return {
      commit: commit.commit,
      date: commit.date,
      subject: commit.subject,
      file: versions.file,
      slug,
      kind,
      changes: compare(textOf(versions.before), textOf(versions.after)),
    };
  });
  return {
    status: state.isShallow ? "shallow" : "ok",
    entries: entries.filter((entry) => entry.changes.length > 0),
  };
}

const cache = new Map<string, FactHistory>();

/** The fact changes of every project and price file, newest first; read once per cwd and paths for the build. */
export function readFactHistory(options: { cwd?: string; paths?: string[] } = {}): FactHistory {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const paths = options.paths ?? defaultPaths;
  const key = JSON.stringify([cwd, paths]);
  const history = cache.get(key) ?? historyOf(cwd, paths);
  cache.set(key, history);
  return history;
}
