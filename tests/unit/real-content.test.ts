import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { maxDaysSinceActivity } from "@/lib/content/project-rules";
import { daysBetween } from "@/lib/content/review";
import { chains } from "@/lib/facts/chains";
import { citedFactKeys } from "@/lib/facts/registry";
import { trustAxes } from "@/lib/facts/trust-axes";
import { toProjectRecords } from "@/lib/publish/project-records";

// Checks over the real content files: the source rules of the content issues, for every project.
const { projects, categories, notListed } = loadContent();
const unverifiedProjects = notListed.unverified;

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
  it("records a former name for every renamed project", () => {
    const nameless = projects.filter(
      (project) => project.status === "renamed" && project.aliases.length === 0,
    );
    expect(nameless.map((project) => project.slug)).toEqual([]);
  });

  it("covers every planned project with a file or a line on the about page", () => {
    const covered = new Set([
      ...projects.map((project) => project.slug),
      ...unverifiedProjects.map((project) => project.slug),
    ]);
    expect(plannedSlugs.filter((slug) => !covered.has(slug))).toEqual([]);
  });

  it("gives every category at least four projects", () => {
    const thin = categories.filter(
      (category) => projects.filter((project) => project.category === category.slug).length < 4,
    );
    expect(thin.map((category) => category.slug)).toEqual([]);
  });

  it("publishes chains that each come from a deployment of the project", () => {
    const strays = toProjectRecords(projects).flatMap((record) => {
      const deployed = Array.isArray(record.deployments)
        ? record.deployments.map((entry) => entry.chain)
        : [];
      return record.chains
        .filter((chain) => !deployed.includes(chain))
        .map((chain) => `${record.slug}: ${chain}`);
    });
    expect(strays).toEqual([]);
  });

  it(`has a sign of life within ${maxDaysSinceActivity} days of review for every active project`, () => {
    const stale = projects
      .filter((project) => project.status === "active")
      .filter((project) => daysBetween(project.activity.date, project.lastReviewed) > maxDaysSinceActivity)
      .map((project) => `${project.slug}: ${project.activity.date}`);
    expect(stale).toEqual([]);
  });

  it("rates every project of a rated category on all five trust axes", () => {
    const rated = new Set(
      categories.filter((category) => category.isTrustRated).map((category) => category.slug),
    );
    const gaps = projects
      .filter((project) => rated.has(project.category))
      .flatMap((project) =>
        trustAxes
          .filter((axis) => {
            const rating = project.trust?.[axis.slug];
            return !rating || (rating.value !== "unknown" && !rating.sources?.length);
          })
          .map((axis) => `${project.slug}: ${axis.slug}`),
      );
    expect(gaps).toEqual([]);
  });

  it("keeps cross-references whole: own chains name real projects that deploy there, unverified names are not projects", () => {
    const slugs = new Set(projects.map((project) => project.slug));
    const names = new Set(
      projects.flatMap((project) => [project.name, ...project.aliases]).map((name) => name.toLowerCase()),
    );
    const dangling = [
      ...chains.flatMap((chain) =>
        "ownChainOf" in chain && !slugs.has(chain.ownChainOf)
          ? [`chain ${chain.slug} → ${chain.ownChainOf}`]
          : [],
      ),
      ...chains.flatMap((chain) => {
        const owner =
          "ownChainOf" in chain ? projects.find((project) => project.slug === chain.ownChainOf) : undefined;
        return owner && !owner.chains.includes(chain.slug)
          ? [`${owner.slug} does not list its own chain ${chain.slug}`]
          : [];
      }),
      ...unverifiedProjects.flatMap((entry) =>
        slugs.has(entry.slug) || names.has(entry.name.toLowerCase())
          ? [`unverified ${entry.slug} is a project`]
          : [],
      ),
    ];
    expect(dangling).toEqual([]);
  });

  describe.each(projects.map((project) => [project.slug, project] as const))("%s", (_, project) => {
    it("cites at least two distinct sources, one of them beyond the project's own site", () => {
      const urls = project.sources.map((source) => source.url);
      expect(new Set(urls).size).toBeGreaterThanOrEqual(2);
      const ownDomain = siteDomain(project.website);
      expect(urls.some((url) => siteDomain(url) !== ownDomain)).toBe(true);
    });

    it("names an existing source for every fact it states", () => {
      for (const fact of citedFactKeys.filter((key) => key !== "deployments")) {
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

    it("cites an existing source for every deployment", () => {
      for (const entry of Array.isArray(project.deployments) ? project.deployments : [])
        for (const number of entry.sources)
          expect(project.sources[number - 1], `${entry.chain} → ${number}`).toBeDefined();
    });
  });
});
