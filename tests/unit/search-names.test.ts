import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { matchProjectNames } from "@/lib/search/name-match";

const { projects } = loadContent();

describe("matchProjectNames", () => {
  it("finds each project by its exact name first", () => {
    for (const project of projects) {
      expect(matchProjectNames(projects, project.name, 3)[0]?.slug, project.name).toBe(project.slug);
    }
  });

  it("tolerates a typo and finds a project by an alias", () => {
    const akash = projects.find((project) => project.slug === "akash-network")!;
    expect(akash.aliases.length).toBeGreaterThan(0);
    expect(matchProjectNames(projects, "akash netwrk")[0]?.slug).toBe("akash-network");
    for (const alias of akash.aliases) expect(matchProjectNames(projects, alias)[0]?.slug).toBe(akash.slug);
  });

  it("returns at most `limit` records and nothing for an empty query", () => {
    expect(matchProjectNames(projects, "network", 2).length).toBeLessThanOrEqual(2);
    expect(matchProjectNames(projects, "   ")).toEqual([]);
  });
});
