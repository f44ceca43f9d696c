import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { contentFileDates, isTranslationOutdated, parseFileDates } from "@/lib/history/file-dates";
import { keyGaps, translatedShare } from "@/lib/i18n/key-gaps";
import { hasEditions, localePath, splitLocale } from "@/lib/i18n/locales";
import { projectText } from "@/lib/i18n/localized";
import { en } from "@/lib/i18n/messages/en";
import { vi } from "@/lib/i18n/messages/vi";
import { clientEn } from "@/lib/i18n/messages/client-en";
import { clientVi } from "@/lib/i18n/messages/client-vi";
import { englishVocabulary, vocabularyTexts, vocabularyTranslationGaps } from "@/lib/i18n/vocabulary";
import { categoriesData, vocabularyData } from "@/lib/publish/open-data";
import { sitePaths } from "@/lib/publish/sitemap";
import { resources } from "@/lib/facts/taxonomy";
import { dayText, monthYear, numberText } from "@/lib/text/dates";
import { usd } from "@/lib/prices/usd";

const content = loadContent();

describe("edition addresses", () => {
  it("puts the Vietnamese edition under /vi/ and reads the edition back from an address", () => {
    expect(localePath("vi", "/")).toBe("/vi/");
    expect(localePath("vi", "/projects/akash-network/")).toBe("/vi/projects/akash-network/");
    expect(localePath("en", "/projects/akash-network/")).toBe("/projects/akash-network/");
    expect(splitLocale("/vi/compare/")).toEqual({ locale: "vi", path: "/compare/" });
    expect(splitLocale("/vi")).toEqual({ locale: "vi", path: "/" });
    expect(splitLocale("/videos/")).toEqual({ locale: "en", path: "/videos/" });
  });

  it("keeps links to files and embeds out of the editions", () => {
    expect(hasEditions("/projects/akash-network/")).toBe(true);
    expect(hasEditions("/compare/?projects=a,b")).toBe(true);
    expect(hasEditions("/feed.xml")).toBe(false);
    expect(hasEditions("/data/projects.csv")).toBe(false);
    expect(hasEditions("/badges/akash-network.svg")).toBe(false);
    expect(hasEditions("/embed/projects/akash-network/")).toBe(false);
  });

  it("lists every page of the English edition with its Vietnamese twin in the sitemap, embeds once", () => {
    const paths = sitePaths(content);
    const english = paths.filter((path) => !path.startsWith("/vi/") && !path.startsWith("/embed/"));
    expect(english.length).toBeGreaterThan(100);
    for (const path of english) expect(paths, path).toContain(localePath("vi", path));
    expect(paths.filter((path) => path.startsWith("/vi/embed/"))).toEqual([]);
  });
});

describe("Vietnamese dates and numbers", () => {
  it("writes months, days and decimals as Vietnamese readers do", () => {
    expect(monthYear("2026-03-05", "vi")).toBe("tháng 3 năm 2026");
    expect(monthYear("2026-03-05")).toBe("March 2026");
    expect(dayText("2026-03-05", "vi")).toBe("05/03/2026");
    expect(numberText(2.71, "vi")).toBe("2,71");
    expect(numberText(12500.5, "vi")).toBe("12.500,5");
    expect(numberText(2.71, "en")).toBe("2.71");
  });

  it("writes prices per GPU-hour with the edition's decimal mark, three decimals under a dollar", () => {
    expect(usd(2.5)).toBe("$2.50");
    expect(usd(0.25)).toBe("$0.25");
    expect(usd(0.125, "vi")).toBe("$0,125");
    expect(usd(1234.5, "vi")).toBe("$1.234,50");
  });
});

describe("translation coverage", () => {
  it("finds keys a translation lacks, leaves empty or adds", () => {
    const gaps = keyGaps({ a: "A", b: { c: "C", d: "D" }, e: "" }, { a: "Á", b: { c: " " }, e: "", f: "F" });
    expect(gaps).toEqual({ missing: ["b.c", "b.d"], extra: ["f"] });
    expect(translatedShare({ a: "A", b: "B" }, { a: "Á", b: "B" })).toBe(0.5);
  });

  it("has every interface key in Vietnamese, most of them translated", () => {
    expect(keyGaps(en, vi)).toEqual({ missing: [], extra: [] });
    expect(keyGaps(clientEn, clientVi)).toEqual({ missing: [], extra: [] });
    expect(translatedShare(en, vi)).toBeGreaterThan(0.9);
    expect(translatedShare(clientEn, clientVi)).toBeGreaterThan(0.9);
  });

  it("builds the same kind of sentence from the same arguments in both dictionaries", () => {
    expect(en.counts.projects(3)).toBe("3 projects");
    expect(vi.counts.projects(3)).toContain("3");
    expect(vi.counts.projects(3)).not.toBe(en.counts.projects(3));
  });

  it("translates the whole vocabulary: taxonomy, fact labels, trust and price terms", () => {
    expect(vocabularyTranslationGaps()).toEqual({ missing: [], extra: [] });
    expect(translatedShare(englishVocabulary, vocabularyTexts("vi"))).toBeGreaterThan(0.9);
  });

  it("has a Vietnamese text for at least 90% of the projects and for every category", () => {
    const translated = content.projects.filter((project) => projectText(content, project, "vi").isTranslated);
    expect(translated.length / content.projects.length).toBeGreaterThanOrEqual(0.9);
    for (const category of content.categories) expect(content.vi.categories.has(category.slug)).toBe(true);
  });

  it("shows the English text, marked as such, where a project has no translation", () => {
    const project = content.projects[0]!;
    const text = projectText({ vi: { projects: new Map(), categories: new Map() } }, project, "vi");
    expect(text).toMatchObject({ tagline: project.tagline, isTranslated: false });
  });
});

describe("translations kept in step", () => {
  const log = [
    "commit-date:2026-11-20T10:00:00Z",
    "content/projects/a.md",
    "",
    "commit-date:2026-11-10T10:00:00Z",
    "content/i18n/vi/projects/a.md",
    "content/projects/a.md",
    "content/i18n/vi/projects/b.md",
    "content/projects/b.md",
  ].join("\n");
  const dates = parseFileDates(log);

  it("flags a translation whose English file changed after it, by the newest commit of each", () => {
    expect(isTranslationOutdated(dates, "content/projects/a.md", "content/i18n/vi/projects/a.md")).toBe(true);
    expect(isTranslationOutdated(dates, "content/projects/b.md", "content/i18n/vi/projects/b.md")).toBe(false);
    expect(isTranslationOutdated(dates, "content/projects/c.md", "content/i18n/vi/projects/c.md")).toBe(false);
  });

  it("knows the git date of every real translation and its English file, with the paths the pages use", () => {
    const real = contentFileDates();
    expect(real.size).toBeGreaterThan(0);
    for (const translation of content.vi.projects.values()) {
      const project = content.projects.find((candidate) => candidate.slug === translation.slug)!;
      expect(real.has(project.file), project.file).toBe(true);
      expect(real.has(translation.file), translation.file).toBe(true);
    }
  });
});

describe("open data in both languages", () => {
  it("adds the Vietnamese names, descriptions and addresses to the category and taxonomy files", () => {
    const categories = categoriesData(content);
    for (const category of categories) {
      expect(category.vi.name).not.toBe(category.name);
      expect(category.vi.description.length).toBeGreaterThan(20);
      expect(category.vi.url).toMatch(new RegExp(`/vi/categories/${category.slug}/$`));
    }
    const storage = vocabularyData(resources, () => 0, "resources").find((entry) => entry.slug === "storage")!;
    expect(storage.name).toBe("Storage");
    expect(storage.vi.name).not.toBe("Storage");
    expect(storage.vi.url).toMatch(/\/vi\/resources\/storage\/$/);
  });
});
