import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { citableFacts } from "@/lib/content/schema";
import { categorySlugs } from "@/lib/facts/taxonomy";
import { unverifiedProjects } from "@/lib/content/unverified";

// Checks over the real content files: the source rules of the content issue, for every project.
const { projects } = loadContent();

// The projects of the content plan (the source article's sections plus our ZKML picks), by their fixed slugs.
const plannedSlugs = [
  ...["akash-network", "ritual", "render-network", "netmind", "cudos", "nuco-cloud", "dynex", "octaspace"],
  ...["aioz-network", "phoenix", "aethir", "iagon", "opflow", "opsec"],
  ...["cuckoo-network", "clore-ai", "nosana", "io-net", "gensyn", "nimble", "morpheus", "kuzco", "golem"],
  ...["node-ai", "gpu-net", "gamerhash", "nodesynapse"],
  ...["sahara-ai", "bittensor", "iexec", "allora", "paal-ai", "myshell", "qubic"],
  ...[
    "qna3",
    "olas",
    "singularitynet",
    "fetch-ai",
    "humans-ai",
    "metatrust",
    "agentlayer",
    "dain",
    "chaingpt",
  ],
  ...["synesis-one", "grass", "gaganode", "ocean-protocol"],
  ...[
    "insure-defi",
    "hera-finance",
    "singularity-finance",
    "arc",
    "aqtis",
    "jarvis-network",
    "leverfi",
    "mozaic",
  ],
  ...["sleepless-ai", "phantasma", "delysium", "mars4", "gaimin", "cerebrum-tech", "ultiverse", "nfprompt"],
  ...["vertex-labs", "hooked-protocol", "olares"],
  ...["ezkl", "giza", "lagrange", "inference-labs", "risc-zero", "modulus-labs"],
];

const hostOf = (url: string) => new URL(url).hostname.replace(/^www\./, "");
const siteDomain = (url: string) => hostOf(url).split(".").slice(-2).join(".");
const wordCount = (text: string) => text.split(/\s+/).filter((word) => /\w/.test(word)).length;
const marketingWords =
  /\b(revolutionary|next-gen|next-generation|cutting-edge|game-chang\w*|seamless\w*|groundbreaking|best-in-class)\b/i;

describe("the real content", () => {
  it("covers every planned project with a file or a line on the about page", () => {
    const covered = new Set([
      ...projects.map((project) => project.slug),
      ...unverifiedProjects.map((project) => project.slug),
    ]);
    expect(plannedSlugs.filter((slug) => !covered.has(slug))).toEqual([]);
  });

  it("gives every category at least four projects", () => {
    for (const slug of categorySlugs) {
      expect(projects.filter((project) => project.category === slug).length, slug).toBeGreaterThanOrEqual(4);
    }
  });

  describe.each(projects.map((project) => [project.slug, project] as const))("%s", (_, project) => {
    it("cites at least two distinct sources, one of them beyond the project's own site", () => {
      const urls = project.sources.map((source) => source.url);
      expect(new Set(urls).size).toBeGreaterThanOrEqual(2);
      const ownDomain = siteDomain(project.website);
      expect(urls.some((url) => siteDomain(url) !== ownDomain)).toBe(true);
    });

    it("names an existing source for every fact it states", () => {
      for (const fact of citableFacts) {
        const value = project[fact];
        const isStated = Array.isArray(value) ? value.length > 0 : value !== undefined;
        const cited = project.citations[fact] ?? [];
        expect(isStated ? cited.length > 0 : cited.length === 0, `${fact} cited when stated`).toBe(true);
        for (const number of cited)
          expect(project.sources[number - 1], `${fact} → source ${number}`).toBeDefined();
      }
    });

    it("has a plain tagline and a body of 80 to 250 words", () => {
      expect(project.tagline).not.toMatch(marketingWords);
      expect(project.body).not.toMatch(marketingWords);
      const words = wordCount(project.body);
      expect(words).toBeGreaterThanOrEqual(80);
      expect(words).toBeLessThanOrEqual(250);
    });

    it("records a former or source name when renamed or merged", () => {
      if (project.status === "renamed") expect(project.aliases.length).toBeGreaterThan(0);
    });
  });
});
