import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { projectText } from "@/lib/i18n/localized";
import { searchEdition } from "@/lib/i18n/search-edition";
import { buildSearchIndex, runSearch } from "@/lib/search/engine";
import { noFilters } from "@/lib/search/facets";
import { toSearchFile } from "@/lib/search/search-file";
import { normalise } from "@/lib/search/text";

// The Vietnamese edition's search over the real content: its own texts and names, found with or without diacritics.
const content = loadContent();
const file = toSearchFile(content.projects, content.categories, searchEdition(content, "vi"));
const index = buildSearchIndex(file);
const found = (query: string) => runSearch(index, query, noFilters).hits.map((hit) => hit.record.slug);
const viText = (slug: string) =>
  projectText(content, content.projects.find((project) => project.slug === slug)!, "vi");

describe("Vietnamese search", () => {
  it("drops Vietnamese diacritics, including đ, so a query typed without them matches", () => {
    expect(normalise("Mạng lưu trữ phi tập trung")).toBe("mang luu tru phi tap trung");
    expect(normalise("Điện toán đám mây")).toBe("dien toan dam may");
  });

  it("finds the projects whose Vietnamese text says “mạng lưu trữ” when typed “mang luu tru”", () => {
    const saying = content.projects
      .filter((project) => normalise(`${viText(project.slug).tagline} ${viText(project.slug).body}`).includes("mang luu tru"))
      .map((project) => project.slug);
    expect(saying.length).toBeGreaterThan(0);
    const withoutMarks = found("mang luu tru");
    const withMarks = found("mạng lưu trữ");
    for (const slug of saying) expect(withoutMarks, slug).toContain(slug);
    expect(withMarks.slice(0, saying.length).sort()).toEqual(withoutMarks.slice(0, saying.length).sort());
  });

  it("shows Vietnamese taglines, category names and facet names, and matches facet labels", () => {
    const akash = file.records.find((record) => record.slug === "akash-network")!;
    expect(akash.tagline).toBe(viText("akash-network").tagline);
    const zkml = file.categories.find((category) => category.slug === "zkml")!;
    expect(zkml.name).toBe(content.vi.categories.get("zkml")!.name);
    expect(file.facetNames.resource).toBe("Tài nguyên");
    const storageName = file.valueNames.resource.storage!;
    expect(storageName).not.toBe("Storage");
    const storing = content.projects.filter((project) => project.resources.includes("storage"));
    const hits = found(normalise(storageName));
    for (const project of storing) expect(hits, project.slug).toContain(project.slug);
  });

  it("still finds English words, through the English tagline indexed alongside", () => {
    expect(found("render").at(0)).toBe("render-network");
    expect(found("storage").length).toBeGreaterThan(0);
  });
});
