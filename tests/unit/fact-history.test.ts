import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { priceFactChanges, projectFactChanges } from "@/lib/history/fact-changes";
import { contentFileOf, parseCatFileBatch, parseRawLog, readFactHistory } from "@/lib/history/git-history";

const project = `---
name: Akash Network
aliases: [Akash]
tagline: Open marketplace where tenants lease compute from independent providers
category: iaas-cloud
status: active
activity:
  date: "2025-12-01"
  what: Mainnet 17 upgrade
  url: https://example.org/mainnet-17
deployments:
  - chain: cosmos
    role: native
    sources: [1]
  - chain: ethereum
    role: token
    address: "0x1234"
    sources: [2]
resources: [gpu, cpu]
workloads: [inference]
website: https://akash.network
links:
  docs: https://docs.akash.network
  x: https://x.com/akashnet
trust:
  verification:
    value: reputation
    why: Providers are judged by uptime checks only.
    sources: [1]
sources:
  - title: First source
    url: https://example.org/one
    accessed: "2026-01-01"
citations:
  status: [1]
lastReviewed: "2026-01-01"
---

Akash Network is a marketplace for cloud capacity.
Providers bid on leases.
`;

/** The project file with each [from, to] replacement applied once, failing loudly if a line is not there. */
function edited(...replacements: [string, string][]) {
  return replacements.reduce((text, [from, to]) => {
    if (!text.includes(from)) throw new Error(`the test file has no "${from}"`);
    return text.replace(from, to);
  }, project);
}

const texts = (before: string | undefined, after: string | undefined) =>
  projectFactChanges(before, after).map((change) => change.text);

describe("projectFactChanges", () => {
  it("shows a changed value as old → new, with the fact's label", () => {
    expect(projectFactChanges(project, edited(["status: active", "status: inactive"]))).toEqual([
      { fact: "status", label: "Status", kind: "changed", text: "status: active → inactive" },
    ]);
  });

  it("lists chains added and removed with their roles", () => {
    const after = edited([
      "  - chain: ethereum\n    role: token\n",
      "  - chain: solana\n    role: token\n    bridged: true\n",
    ]);
    expect(projectFactChanges(project, after)).toEqual([
      {
        fact: "chains",
        label: "Chains",
        kind: "changed",
        text: "chains: + solana (token, bridged), − ethereum (token)",
      },
    ]);
  });

  it("shows a new role on a chain already listed", () => {
    const after = edited([
      "    sources: [2]\n",
      "    sources: [2]\n  - chain: ethereum\n    role: contracts\n",
    ]);
    expect(texts(project, after)).toEqual(["chains: ethereum (token → token, contracts)"]);
  });

  it("compares a file's old chains list with deployments by chain, so the new schema alone changes nothing", () => {
    const deploymentsBlock = /deployments:\n(?: {2}.*\n)+/;
    const oldSchema = project.replace(deploymentsBlock, "chains: [cosmos, ethereum]\n");
    expect(oldSchema).not.toContain("deployments");
    expect(texts(oldSchema, project)).toEqual([]);
    expect(texts(oldSchema.replace("[cosmos, ethereum]", "[cosmos]"), project)).toEqual([
      "chains: + ethereum (token)",
    ]);
  });

  it("shows a confirmed absence of chains as none", () => {
    const noChains = project.replace(/deployments:\n(?: {2}.*\n)+/, "deployments: none\n");
    expect(texts(project, noChains)).toEqual(["chains: cosmos (native), ethereum (token) → none"]);
  });

  it("compares each trust axis separately, labelled with the axis", () => {
    const after = edited(
      ["value: reputation", "value: redundant"],
      [
        "uptime checks only.\n    sources: [1]\n",
        "uptime checks only.\n    sources: [1]\n  control: { value: dao, why: Token holders vote., sources: [1] }\n",
      ],
    );
    expect(projectFactChanges(project, after)).toEqual([
      {
        fact: "trust.verification",
        label: "Verification",
        kind: "changed",
        text: "trust.verification: reputation → redundant",
      },
      { fact: "trust.control", label: "Control", kind: "added", text: "trust.control: dao" },
    ]);
  });

  it("shows a fact stated for the first time as added, and one left out as removed", () => {
    const withToken = edited(["website:", "token: AKT\nwebsite:"]);
    expect(projectFactChanges(project, withToken)).toEqual([
      { fact: "token", label: "Token", kind: "added", text: "token: AKT" },
    ]);
    expect(projectFactChanges(withToken, project)).toEqual([
      { fact: "token", label: "Token", kind: "removed", text: "token: − AKT" },
    ]);
    expect(texts(edited(["website:", "token: none\nwebsite:"]), withToken)).toEqual(["token: none → AKT"]);
  });

  it("shows a new activity date with what happened, and a reworded activity on the same date", () => {
    const later = edited(
      ['date: "2025-12-01"', 'date: "2026-06-20"'],
      ["Mainnet 17 upgrade", "Mainnet 18 upgrade"],
    );
    expect(texts(project, later)).toEqual(["activity: 2025-12-01 → 2026-06-20 (Mainnet 18 upgrade)"]);
    const reworded = edited(["Mainnet 17 upgrade", "Mainnet 17 upgrade went live"]);
    expect(texts(project, reworded)).toEqual([
      "activity: 2025-12-01 (Mainnet 17 upgrade → Mainnet 17 upgrade went live)",
    ]);
  });

  it("compares links by kind and lists by item", () => {
    const after = edited(
      [
        "  docs: https://docs.akash.network\n  x: https://x.com/akashnet",
        "  docs: https://akash.network/docs\n  github: https://github.com/akash-network",
      ],
      ["resources: [gpu, cpu]", "resources: [gpu, storage]"],
      ["aliases: [Akash]", "aliases: [Akash, AKT]"],
    );
    expect(texts(project, after)).toEqual([
      "aliases: + AKT",
      "resources: + storage, − cpu",
      "links: + github (https://github.com/akash-network), docs (https://docs.akash.network → https://akash.network/docs), − x (https://x.com/akashnet)",
    ]);
  });

  it("ignores sources, citations, the review date and the activity's link: bookkeeping, not facts", () => {
    const after = edited(
      ['lastReviewed: "2026-01-01"', 'lastReviewed: "2026-03-01"'],
      ["  status: [1]", "  status: [1, 2]"],
      ["url: https://example.org/one", "url: https://example.org/two"],
      ["url: https://example.org/mainnet-17", "url: https://example.org/mainnet-17-notes"],
    );
    expect(texts(project, after)).toEqual([]);
  });

  it("reports a rewritten body as one revision, after the facts, and ignores a reflowed paragraph", () => {
    const after = edited(
      ["status: active", "status: inactive"],
      ["Providers bid on leases.", "Providers no longer bid."],
    );
    expect(projectFactChanges(project, after)).toEqual([
      { fact: "status", label: "Status", kind: "changed", text: "status: active → inactive" },
      { fact: "body", label: "Description", kind: "changed", text: "description revised" },
    ]);
    expect(texts(project, edited(["capacity.\nProviders", "capacity. Providers"]))).toEqual([]);
  });

  it("reports a file added to or removed from the directory as one change", () => {
    expect(projectFactChanges(undefined, project)).toEqual([
      { fact: "file", label: "File", kind: "added", text: "added to the directory" },
    ]);
    expect(projectFactChanges(project, undefined)).toEqual([
      { fact: "file", label: "File", kind: "removed", text: "removed from the directory" },
    ]);
  });

  it("says when a version cannot be read instead of comparing it", () => {
    const brokenYaml = edited(["aliases: [Akash]", "aliases: [Akash"]);
    const unclosed = project.replace("\n---\n", "\n");
    expect(texts(project, brokenYaml)).toEqual(["file could not be read at this commit"]);
    expect(texts(project, unclosed)).toEqual(["file could not be read at this commit"]);
    expect(texts(brokenYaml, project)).toEqual(["file could be read again at this commit"]);
  });
});

const prices = `project: akash-network
observations:
  - gpu: a100-sxm-80gb
    usdPerGpuHour: 1.48
    observed: "2026-07-17"
    kind: market
    url: https://example.org/prices
    note: Median of live bids
`;
const newObservation = `  - gpu: h100-sxm-80gb
    usdPerGpuHour: 2.71
    observed: "2026-09-20"
    kind: market
    url: https://example.org/prices
`;

describe("priceFactChanges", () => {
  it("shows each new observation with the GPU's name, price, kind and date", () => {
    expect(priceFactChanges(prices, prices + newObservation)).toEqual([
      {
        fact: "price",
        label: "GPU price",
        kind: "added",
        text: "price: H100 SXM 80 GB $2.71 per GPU-hour (market, 2026-09-20)",
      },
    ]);
  });

  it("shows removed observations with −, and a new file as all of its observations", () => {
    expect(
      priceFactChanges(prices + newObservation, prices).map((change) => [change.kind, change.text]),
    ).toEqual([["removed", "price: − H100 SXM 80 GB $2.71 per GPU-hour (market, 2026-09-20)"]]);
    expect(priceFactChanges(undefined, prices + newObservation).map((change) => change.text)).toEqual([
      "price: A100 SXM 80 GB $1.48 per GPU-hour (market, 2026-07-17)",
      "price: H100 SXM 80 GB $2.71 per GPU-hour (market, 2026-09-20)",
    ]);
  });

  it("treats a corrected price as one observation removed and one added, and ignores an edited note", () => {
    expect(priceFactChanges(prices, prices.replace("1.48", "1.52")).map((change) => change.text)).toEqual([
      "price: A100 SXM 80 GB $1.52 per GPU-hour (market, 2026-07-17)",
      "price: − A100 SXM 80 GB $1.48 per GPU-hour (market, 2026-07-17)",
    ]);
    expect(priceFactChanges(prices, prices.replace("Median of live bids", "Median of bids"))).toEqual([]);
  });

  it("says when a price file cannot be read", () => {
    expect(priceFactChanges(prices, "observations: [").map((change) => change.text)).toEqual([
      "file could not be read at this commit",
    ]);
  });
});

describe("git output parsing", () => {
  const zeros = "0".repeat(40);
  const [a, b] = ["a".repeat(40), "b".repeat(40)];

  it("reads commits with the old and new blob of each file", () => {
    const output = [
      `\x1e${"1".repeat(40)}\x002026-03-02T10:00:00+01:00\x00Update x: status`,
      "",
      `:100644 100644 ${a} ${b} M\tcontent/projects/x.md`,
      `:000000 100644 ${zeros} ${a} A\tcontent/prices/x.yaml`,
      `\x1e${"2".repeat(40)}\x002026-03-01T10:00:00+01:00\x00Remove y`,
      "",
      `:100644 000000 ${b} ${zeros} D\tcontent/projects/y.md`,
      "",
    ].join("\n");
    expect(parseRawLog(output)).toEqual([
      {
        commit: "1".repeat(40),
        date: "2026-03-02T10:00:00+01:00",
        subject: "Update x: status",
        files: [
          { file: "content/projects/x.md", before: a, after: b },
          { file: "content/prices/x.yaml", after: a },
        ],
      },
      {
        commit: "2".repeat(40),
        date: "2026-03-01T10:00:00+01:00",
        subject: "Remove y",
        files: [{ file: "content/projects/y.md", before: b }],
      },
    ]);
  });

  it("knows project and price files, and skips templates", () => {
    expect(contentFileOf("content/projects/akash-network.md")).toEqual({
      slug: "akash-network",
      kind: "project",
    });
    expect(contentFileOf("content/prices/aws.yaml")).toEqual({ slug: "aws", kind: "price" });
    expect(contentFileOf("content/projects/_template.md")).toBeUndefined();
    expect(contentFileOf("content/projects/notes.txt")).toBeUndefined();
  });

  it("reads blobs by their size in bytes, so multi-byte text does not shift the next one", () => {
    const first = "status: active → inactive\n";
    const second = "name: Ω\n";
    const output = Buffer.concat([
      Buffer.from(`${a} blob ${Buffer.byteLength(first)}\n${first}\n`),
      Buffer.from(`${b} blob ${Buffer.byteLength(second)}\n${second}\n`),
    ]);
    expect(Object.fromEntries(parseCatFileBatch(output))).toEqual({ [a]: first, [b]: second });
    expect(() => parseCatFileBatch(Buffer.from(`${a} missing\n`))).toThrow(`blob ${a} is missing`);
  });
});

describe("readFactHistory on a repository built here", () => {
  const root = mkdtempSync(path.join(tmpdir(), "fact-history-"));
  const repository = path.join(root, "repository");
  const commits: Record<string, string> = {};

  const git = (cwd: string, ...args: string[]) =>
    execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(repository, file)), { recursive: true });
    writeFileSync(path.join(repository, file), text);
  };
  function commit(name: string, subject: string, date: string) {
    git(repository, "add", "-A");
    execFileSync("git", ["commit", "-q", "--no-verify", "-m", subject], {
      cwd: repository,
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
    commits[name] = git(repository, "rev-parse", "HEAD");
  }

  beforeAll(() => {
    mkdirSync(repository);
    git(repository, "init", "-q");
    git(repository, "config", "user.name", "Fact History Test");
    git(repository, "config", "user.email", "fact-history@example.org");
    git(repository, "config", "commit.gpgsign", "false");
    write("content/projects/x.md", project);
    write("content/projects/_template.md", '---\nname: ""\n---\n');
    commit("added", "Add X", "2026-03-01T09:00:00+00:00");
    const inactiveOnSolana: [string, string][] = [
      ["status: active", "status: inactive"],
      ["    sources: [2]\n", "    sources: [2]\n  - chain: solana\n    role: contracts\n    sources: [2]\n"],
    ];
    write("content/projects/x.md", edited(...inactiveOnSolana));
    commit("statusAndChain", "X is inactive; Solana contracts", "2026-03-02T09:00:00+00:00");
    write(
      "content/projects/x.md",
      edited(...inactiveOnSolana, ['lastReviewed: "2026-01-01"', 'lastReviewed: "2026-03-03"']),
    );
    commit("reviewed", "Review X", "2026-03-03T09:00:00+00:00");
    write("content/prices/x.yaml", prices.replace("akash-network", "x") + newObservation);
    commit("prices", "Prices for X", "2026-03-04T09:00:00+02:00");
    unlinkSync(path.join(repository, "content/projects/x.md"));
    commit("removed", "Remove X", "2026-03-05T09:00:00+00:00");
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const entry = (name: string, subject: string, date: string, file: string, changes: string[]) => ({
    commit: commits[name],
    date,
    subject,
    file,
    slug: "x",
    kind: file.endsWith(".yaml") ? "price" : "project",
    changes: changes.map((text) => expect.objectContaining({ text })),
  });

  it("lists every fact change newest first with its commit and date, leaving out commits that changed no fact", () => {
    expect(readFactHistory({ cwd: repository })).toEqual({
      status: "ok",
      entries: [
        entry("removed", "Remove X", "2026-03-05T09:00:00+00:00", "content/projects/x.md", [
          "removed from the directory",
        ]),
        entry("prices", "Prices for X", "2026-03-04T09:00:00+02:00", "content/prices/x.yaml", [
          "price: A100 SXM 80 GB $1.48 per GPU-hour (market, 2026-07-17)",
          "price: H100 SXM 80 GB $2.71 per GPU-hour (market, 2026-09-20)",
        ]),
        entry(
          "statusAndChain",
          "X is inactive; Solana contracts",
          "2026-03-02T09:00:00+00:00",
          "content/projects/x.md",
          ["status: active → inactive", "chains: + solana (contracts)"],
        ),
        entry("added", "Add X", "2026-03-01T09:00:00+00:00", "content/projects/x.md", [
          "added to the directory",
        ]),
      ],
    });
  });

  it("reads git once per folder for the build", () => {
    expect(readFactHistory({ cwd: repository })).toBe(readFactHistory({ cwd: repository }));
  });

  it("says a shallow clone is shallow and keeps only the changes it can see", () => {
    const [depthOne, depthTwo] = [path.join(root, "depth-1"), path.join(root, "depth-2")];
    git(root, "clone", "-q", "--depth", "1", `file://${repository}`, depthOne);
    git(root, "clone", "-q", "--depth", "2", `file://${repository}`, depthTwo);
    // The cut-off commit looks as if it added every file; that is not a change the project made.
    expect(readFactHistory({ cwd: depthOne })).toEqual({ status: "shallow", entries: [] });
    expect(readFactHistory({ cwd: depthTwo })).toEqual({
      status: "shallow",
      entries: [
        entry("removed", "Remove X", "2026-03-05T09:00:00+00:00", "content/projects/x.md", [
          "removed from the directory",
        ]),
      ],
    });
  });

  it("says the history is unavailable outside a repository or without git", () => {
    const archive = path.join(root, "archive");
    mkdirSync(path.join(archive, "content/projects"), { recursive: true });
    writeFileSync(path.join(archive, "content/projects/x.md"), project);
    expect(readFactHistory({ cwd: archive })).toEqual({ status: "unavailable", entries: [] });

    const searchPath = process.env.PATH;
    process.env.PATH = path.join(root, "no-binaries-here");
    try {
      expect(readFactHistory({ cwd: repository, paths: ["content/projects"] })).toEqual({
        status: "unavailable",
        entries: [],
      });
    } finally {
      process.env.PATH = searchPath;
    }
  });
});
