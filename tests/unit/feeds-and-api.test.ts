import Ajv2020 from "ajv/dist/2020";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { chains } from "@/lib/facts/chains";
import type { FactHistory, HistoryEntry } from "@/lib/history/git-history";
import { applyChangesView, changeRows, parseChangesView } from "@/lib/history/change-list";
import { entriesOf, entryTitle } from "@/lib/history/scopes";
import { apiIndex, apiIndexJsonSchema, apiProject, apiProjectJsonSchema } from "@/lib/publish/api";
import { atomXml } from "@/lib/publish/atom";
import { badgeSvg } from "@/lib/publish/badge";
import { feedFor } from "@/lib/publish/feeds";

const content = loadContent();
const [first, second] = content.projects as [
  (typeof content.projects)[number],
  (typeof content.projects)[number],
];
const entry = (slug: string, commit: string, date: string, texts: [string, string][]): HistoryEntry => ({
  commit,
  date,
  subject: "Content: update",
  file: `content/projects/${slug}.md`,
  slug,
  kind: "project",
  changes: texts.map(([fact, text]) => ({ fact, label: fact, kind: "changed", text })),
});
const history: FactHistory = {
  status: "ok",
  entries: [
    entry(first.slug, "b".repeat(40), "2026-11-02T10:00:00+00:00", [
      ["status", "status: active → inactive"],
      ["chains", "chains: + solana (token, bridged)"],
      ["trust.verification", "trust.verification: reputation → redundant"],
    ]),
    entry(second.slug, "a".repeat(40), "2026-10-01T09:00:00+02:00", [["body", "description revised"]]),
  ],
};
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", htmlEntities: true });
const textOf = (element: { "#text": string }) => element["#text"];
const asList = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

describe("Atom feeds", () => {
  const scopes = [
    { type: "site" as const },
    { type: "project" as const, slug: first.slug },
    { type: "category" as const, slug: first.category },
    { type: "chain" as const, slug: chains[0]!.slug },
  ];

  it.each(scopes)("are well-formed Atom with the required elements ($type)", (scope) => {
    const xml = atomXml(feedFor(scope, history, content, "2026-11-27T00:00:00.000Z"));
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parser.parse(xml).feed;
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    for (const element of ["id", "title", "updated"])
      expect(String(feed[element]).length, element).toBeGreaterThan(0);
    expect(Date.parse(feed.updated)).not.toBeNaN();
    for (const item of asList(feed.entry)) {
      expect(item.id).toMatch(/^tag:[^,]+,2026:project\/[a-z0-9-]+\/[ab]{40}$/);
      expect(String(item.title).length).toBeGreaterThan(0);
      expect(Date.parse(item.updated)).not.toBeNaN();
      expect(item.link["@href"]).toMatch(/^https?:\/\/.+\/projects\/[a-z0-9-]+\/$/);
    }
  });

  it("give a project's feed only its own entries, with a readable title and stable ids", () => {
    const feed = parser.parse(atomXml(feedFor(scopes[1]!, history, content, "2026-11-27T00:00:00Z"))).feed;
    const items = asList(feed.entry);
    expect(items).toHaveLength(1);
    expect(items[0].title).toBe(
      `${first.name}: status: active → inactive; chains: + solana (token, bridged); and 1 more change`,
    );
    expect(textOf(items[0].content)).toContain("trust.verification: reputation → redundant");
    const again = parser.parse(atomXml(feedFor(scopes[1]!, history, content, "2026-12-01T00:00:00Z"))).feed;
    expect(asList(again.entry)[0].id).toBe(items[0].id);
  });

  it("say when the build had no history, and stay valid without entries", () => {
    const xml = atomXml(
      feedFor({ type: "site" }, { status: "unavailable", entries: [] }, content, "2026-11-27T00:00:00Z"),
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parser.parse(xml).feed.subtitle).toContain("no git history");
    expect(parser.parse(xml).feed.entry).toBeUndefined();
  });

  it("escape hostile text", () => {
    const hostile = entry(first.slug, "c".repeat(40), "2026-11-03T00:00:00Z", [
      ["name", 'name: </title><script>"x"</script> & co'],
    ]);
    const xml = atomXml(
      feedFor({ type: "site" }, { status: "ok", entries: [hostile] }, content, "2026-11-27T00:00:00Z"),
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(textOf(parser.parse(xml).feed.entry.content)).toBe('name: </title><script>"x"</script> & co');
  });
});

describe("history scopes and the changes list", () => {
  it("picks a category's and a chain's entries from the projects in them today", () => {
    expect(
      entriesOf({ type: "category", slug: first.category }, history.entries, content.projects).map(
        (e) => e.slug,
      ),
    ).toEqual(
      [first, second].filter((project) => project.category === first.category).map((project) => project.slug),
    );
    expect(entryTitle(history.entries[1]!, second.name)).toBe(`${second.name}: description revised`);
  });

  it("filters rows by kind of fact, keeping only those changes, and reports unknown filters", () => {
    const rows = changeRows(history.entries, content.projects);
    const { view, unknown } = parseChangesView(new URLSearchParams("kind=trust,statuss"), {
      categories: content.categories.map((category) => category.slug),
      chains: chains.map((chain) => chain.slug),
    });
    expect(unknown).toEqual([{ key: "kind", value: "statuss", suggestion: "status" }]);
    expect(applyChangesView(rows, view).map((row) => row.changes.map((change) => change.text))).toEqual([
      ["trust.verification: reputation → redundant"],
    ]);
  });
});

describe("badges", () => {
  it("are SVG with the name, status and review date, and escape what they print", () => {
    const svg = badgeSvg({ name: 'A <b>"x"</b> & y', status: "active", lastReviewed: "2026-11-27" });
    expect(XMLValidator.validate(svg)).toBe(true);
    const parsed = parser.parse(svg).svg;
    expect(parsed.title).toBe('A <b>"x"</b> & y: active · reviewed 2026-11-27');
    expect(parsed["@role"]).toBe("img");
  });
});

describe("the v1 API", () => {
  const ajv = new Ajv2020({ strict: false });

  it("has an index valid against its schema, with every project", () => {
    const index = JSON.parse(JSON.stringify(apiIndex(content, "2026-11-27T00:00:00Z")));
    const validate = ajv.compile(apiIndexJsonSchema());
    expect(validate(index), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(index.projects).toHaveLength(content.projects.length);
    expect(index.schemaVersion).toBe(1);
  });

  it("has every project file valid against its schema", () => {
    const validate = ajv.compile(apiProjectJsonSchema());
    const invalid = content.projects.flatMap((project) => {
      const file = JSON.parse(JSON.stringify(apiProject(project, content, history, "2026-11-27T00:00:00Z")));
      return validate(file) ? [] : [`${project.slug}: ${JSON.stringify(validate.errors?.[0])}`];
    });
    expect(invalid).toEqual([]);
    const own = apiProject(first, content, history, "2026-11-27T00:00:00Z");
    expect(own.history.changes.map((change) => change.commit)).toEqual(["b".repeat(40)]);
  });
});
