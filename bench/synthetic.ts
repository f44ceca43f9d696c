// Synthetic directories for the benchmark: valid projects with the field sizes of the real ones, reproducibly.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Project } from "../src/lib/content/schema";
import { loadContent } from "../src/lib/content/load";
import { chains } from "../src/lib/facts/chains";
import { resources, workloads } from "../src/lib/facts/taxonomy";
import { trustAxes } from "../src/lib/facts/trust-axes";

/** A small seeded generator (mulberry32), so every run benchmarks the same directory. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  const integer = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const some = <T>(list: readonly T[], count: number): T[] => {
    const pool = [...list];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0)
      chosen.push(pool.splice(integer(0, pool.length - 1), 1)[0] as T);
    return chosen;
  };
  return { next, integer, pick, some };
}
export type Random = ReturnType<typeof seededRandom>;

const syllables =
  "ak ash ren der neu ra lo gen sy nap ta vox qua til mi ner va zen or bit io fi ly on cor tex hy per mo sa ki el " +
  "um tra vi dex no lu mar shi ga fo ne pha ro zi cu";
const suffixes = ["Network", "AI", "Protocol", "Labs", "Cloud", "Compute", "Chain", "", "", "", ""];
const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** A made-up word such as "Vexora": the kind of proper noun names and bodies are full of. */
export const madeUpWord = (random: Random) =>
  Array.from({ length: random.integer(2, 3) }, () => random.pick(syllables.split(" "))).join("");

const vocabulary = {
  subject: [
    "GPU owners",
    "node operators",
    "data centres",
    "developers",
    "AI teams",
    "validators",
    "miners",
    "providers",
    "tenants",
    "researchers",
    "agents",
    "creators",
  ],
  verb: [
    "rent out",
    "lease",
    "share",
    "sell",
    "stake for",
    "earn from",
    "pool",
    "verify",
    "schedule",
    "route",
    "price",
    "train on",
  ],
  object: [
    "idle graphics cards",
    "spare CPU time",
    "bandwidth",
    "storage",
    "inference capacity",
    "training runs",
    "model weights",
    "labelled datasets",
    "zero-knowledge proofs",
    "rendering jobs",
    "agent workflows",
    "container workloads",
  ],
  detail: [
    "through an on-chain auction",
    "with payments in its own token",
    "under service-level agreements",
    "settled on a layer 2",
    "with escrowed rewards",
    "across regions",
    "at a fraction of cloud prices",
    "with verifiable results",
    "through a reputation system",
    "for open-source models",
  ],
  noun: [
    "marketplace",
    "protocol",
    "network",
    "cloud",
    "exchange",
    "registry",
    "oracle",
    "subnet",
    "cluster",
    "pool",
    "layer",
    "platform",
  ],
};

const sentence = (random: Random, name: string) => {
  const { subject, verb, object, detail, noun } = vocabulary;
  const forms = [
    () =>
      `${name} is a ${random.pick(noun)} where ${random.pick(subject)} ${random.pick(verb)} ${random.pick(object)} ${random.pick(detail)}.`,
    () =>
      `Its ${random.pick(noun)} lets ${random.pick(subject)} ${random.pick(verb)} ${random.pick(object)}, and ${random.pick(subject)} ${random.pick(verb)} ${random.pick(object)} ${random.pick(detail)}.`,
    () =>
      `In ${random.integer(2018, 2025)} the team of ${name} partnered with ${capital(madeUpWord(random))} and ${capital(madeUpWord(random))} to ${random.pick(verb)} ${random.pick(object)}.`,
    () =>
      `The ${random.pick(noun)} counted ${random.integer(2, 900)} ${random.pick(subject)} and about ${random.integer(10, 9000)} ${random.pick(object)} by ${random.integer(2021, 2026)}, according to its ${random.pick(["dashboard", "explorer", "documentation", "blog", "whitepaper"])}.`,
    () =>
      `A ${capital(madeUpWord(random))} upgrade added ${random.pick(object)} ${random.pick(detail)}, after a governance vote by ${random.pick(subject)}.`,
  ];
  return random.pick(forms)();
};

/** Sentences of the real descriptions, with the project's own names swapped for a placeholder. */
export function realSentences(projects: readonly Project[]): string[] {
  return projects.flatMap((project) => {
    let text = project.body.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/^[-*] /gm, "");
    for (const name of [project.name, ...project.aliases].sort((a, b) => b.length - a.length))
      text = text.replaceAll(name, "{name}");
    return text.split(/(?<=[.!?])\s+/).filter((part) => part.length > 20 && !part.includes("|"));
  });
}

/** A body of 180 to 250 words: real sentences mixed with generated ones that carry made-up proper nouns. */
function body(random: Random, name: string, pool: readonly string[]): string {
  const paragraphs: string[] = [];
  const target = random.integer(180, 250);
  let words = 0;
  while (words < target) {
    const sentences = Array.from({ length: random.integer(3, 5) }, () =>
      pool.length > 0 && random.next() < 0.6
        ? random.pick(pool).replaceAll("{name}", name)
        : sentence(random, name),
    );
    const text = sentences.join(" ");
    words += text.split(/\s+/).length;
    paragraphs.push(text);
  }
  return paragraphs.join("\n\n");
}

const tagline = (random: Random) => {
  const { subject, verb, object, detail, noun } = vocabulary;
  let line = `${capital(random.pick(noun))} where ${random.pick(subject)} ${random.pick(verb)} ${random.pick(object)} ${random.pick(detail)}`;
  while (line.length > 140) line = line.split(" ").slice(0, -1).join(" ");
  return line;
};

// Popular chains carry most projects, as in the real field. Own chains have no token address format, so the
// synthetic tokens live on the EVM chains.
const weightedChains = chains
  .filter((chain) => (chain.families as readonly string[]).includes("evm"))
  .flatMap((chain, index) => Array<string>(index < 8 ? 6 : 1).fill(chain.slug));

/** `count` valid projects; `pool` holds real sentences (see realSentences) to give bodies a real vocabulary. */
export function syntheticProjects(count: number, pool: readonly string[], seed = 42): Project[] {
  const random = seededRandom(seed);
  const categorySlugs = loadContent().categories.map((category) => category.slug);
  const names = new Set<string>();
  const projects: Project[] = [];
  while (projects.length < count) {
    const suffix = random.pick(suffixes);
    const name = [capital(madeUpWord(random)), suffix].filter(Boolean).join(" ");
    if (names.has(name.toLowerCase())) continue;
    names.add(name.toLowerCase());
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
    const aliases = Array.from({ length: random.integer(0, 2) }, () => capital(madeUpWord(random)));
    const projectChains = [
      ...new Set(Array.from({ length: random.integer(1, 2) }, () => random.pick(weightedChains))),
    ];
    const projectWorkloads = random.some(workloads, random.integer(0, 3)).map((entry) => entry.slug);
    projects.push({
      slug,
      file: `content/projects/${slug}.md`,
      name,
      aliases,
      tagline: tagline(random),
      category: random.pick(categorySlugs),
      status: random.next() < 0.9 ? "active" : "inactive",
      activity: { date: "2025-12-01", what: "A release", url: `https://docs.${slug}.example/changelog` },
      chains: projectChains as Project["chains"],
      deployments: projectChains.map((chain) => ({
        chain: chain as Project["chains"][number],
        role: "token" as const,
        address: `0x${random.integer(0, 0xffffff).toString(16).padStart(40, "0")}`,
        sources: [2],
      })),
      resources: random
        .some(resources, random.integer(1, 3))
        .map((entry) => entry.slug) as Project["resources"],
      workloads: projectWorkloads as Project["workloads"],
      token: name
        .replace(/[^A-Za-z]/g, "")
        .slice(0, random.integer(3, 5))
        .toUpperCase(),
      launched: random.integer(2017, 2025),
      website: `https://${slug}.example`,
      links: { docs: `https://docs.${slug}.example` },
      sources: [
        { title: `${name} documentation`, url: `https://docs.${slug}.example/intro`, accessed: "2026-01-10" },
        {
          title: `${name} on a token listing`,
          url: `https://listing.example/${slug}`,
          accessed: "2026-01-10",
        },
      ],
      citations: {
        resources: [1],
        ...(projectWorkloads.length > 0 ? { workloads: [1] } : {}),
        token: [2],
        launched: [2],
        status: [1],
      },
      trust: Object.fromEntries(
        trustAxes.map((axis) => [
          axis.slug,
          { value: "unknown", why: "A synthetic project: there is nothing to rate." },
        ]),
      ) as Project["trust"],
      lastReviewed: "2026-01-10",
      body: body(random, name, pool),
    });
  }
  return projects;
}

const yamlList = (values: readonly string[]) =>
  `[${values.map((value) => JSON.stringify(value)).join(", ")}]`;

function projectFile(project: Project): string {
  const lines = [
    `name: ${JSON.stringify(project.name)}`,
    `aliases: ${yamlList(project.aliases)}`,
    `tagline: ${JSON.stringify(project.tagline)}`,
    `category: ${project.category}`,
    `status: ${project.status}`,
    `activity: { date: "${project.activity.date}", what: ${JSON.stringify(project.activity.what)}, url: ${project.activity.url} }`,
    "deployments:",
    ...(Array.isArray(project.deployments) ? project.deployments : []).flatMap((entry) => [
      `  - { chain: ${entry.chain}, role: ${entry.role}, address: "${entry.address}", sources: [2] }`,
    ]),
    `resources: ${yamlList(project.resources)}`,
    `workloads: ${yamlList(project.workloads)}`,
    ...(project.token ? [`token: ${project.token}`] : []),
    `launched: ${project.launched}`,
    `website: ${project.website}`,
    "links:",
    ...Object.entries(project.links).map(([kind, url]) => `  ${kind}: ${url}`),
    "sources:",
    ...project.sources.flatMap((source) => [
      `  - title: ${JSON.stringify(source.title)}`,
      `    url: ${source.url}`,
      `    accessed: "${source.accessed}"`,
    ]),
    "citations:",
    ...Object.entries(project.citations).map(
      ([fact, numbers]) => `  ${fact}: ${yamlList(numbers.map(String)).replaceAll('"', "")}`,
    ),
    "trust:",
    ...Object.entries(project.trust ?? {}).map(
      ([axis, rating]) => `  ${axis}: { value: ${rating.value}, why: ${JSON.stringify(rating.why)} }`,
    ),
    `lastReviewed: "${project.lastReviewed}"`,
  ];
  return `---\n${lines.join("\n")}\n---\n\n${project.body}\n`;
}

/** Writes one Markdown file per project into `directory` (which must exist and be empty). */
export function writeProjectFiles(projects: readonly Project[], directory: string) {
  mkdirSync(directory, { recursive: true });
  for (const project of projects)
    writeFileSync(path.join(directory, `${project.slug}.md`), projectFile(project));
}
