// The fact registry: every fact of a project described once. The content schema, the fact table, compare rows,
// CSV columns, the JSON export order, JSON Schema descriptions, the file template and the README's schema table
// are all derived from this list. It imports no zod, so browser code can read it.

/**
 * How a fact is written and shown. Each kind has one zod schema (src/lib/content/schema.ts) and one way to be
 * displayed (./project-facts.ts), so a new fact of an existing kind needs no code beyond its entry here.
 */
export type FactKind =
  | "text"
  | "textList"
  | "category"
  | "status"
  | "resources"
  | "workloads"
  | "ticker"
  | "year"
  | "date"
  | "url"
  | "links"
  | "deployments"
  | "activity"
  | "trust"
  | "sources"
  | "citations"
  // Derived at load time, never written in a file:
  | "slug"
  | "chains"
  | "sourceCount"
  | "pageUrl";

export type FactSpec = {
  readonly key: string;
  readonly label: string;
  /** Help text for contributors: the JSON Schema description, the template comment and the README table. */
  readonly description: string;
  readonly kind: FactKind;
  /** `file`: written in the project file; `derived`: computed from other facts when content loads. */
  readonly origin: "file" | "derived";
  readonly required?: boolean;
  /** A confirmed absence may be written `none` (and is cited like any other value). */
  readonly allowsNone?: boolean;
  /** When stated, `citations.<key>` must list the sources that support it. */
  readonly isCited?: boolean;
  readonly maxLength?: number;
  /** A row in the project page's fact table. */
  readonly onPage?: boolean;
  /** A row (or rows, for trust) in the comparison table. */
  readonly inCompare?: boolean;
  /** In /data/projects.json (in this order) and /data/projects.csv. */
  readonly inData?: boolean;
  /** The line written into a new file's template (YAML), without the comment. */
  readonly template?: string;
};

export const linkKinds = [
  "docs",
  "github",
  "x",
  "whitepaper",
  "blog",
  "discord",
  "telegram",
  "explorer",
] as const;

export const deploymentRoles = [
  { slug: "native", name: "native", description: "The project's own chain or coin." },
  {
    slug: "token",
    name: "token",
    description: "The project's token contract on that chain, including bridged tokens.",
  },
  {
    slug: "contracts",
    name: "contracts",
    description: "Protocol contracts on that chain, without a token there.",
  },
] as const;
export type DeploymentRole = (typeof deploymentRoles)[number]["slug"];

export const facts = [
  {
    key: "slug",
    label: "Slug",
    description: "The file name without .md: the page address /projects/<slug>/.",
    kind: "slug",
    origin: "derived",
    inData: true,
  },
  {
    key: "name",
    label: "Name",
    description: "The current name; unique across projects (case-insensitive).",
    kind: "text",
    origin: "file",
    required: true,
    inData: true,
    template: 'name: ""',
  },
  {
    key: "aliases",
    label: "Aliases",
    description: "Former names, other spellings and tickers people search for.",
    kind: "textList",
    origin: "file",
    inData: true,
    template: "aliases: []",
  },
  {
    key: "tagline",
    label: "Tagline",
    description: "One plain line saying what the project is, without marketing words.",
    kind: "text",
    origin: "file",
    required: true,
    maxLength: 140,
    inData: true,
    template: 'tagline: ""',
  },
  {
    key: "category",
    label: "Category",
    description: "The slug of a file in content/categories/.",
    kind: "category",
    origin: "file",
    required: true,
    onPage: true,
    inCompare: true,
    inData: true,
    template: 'category: ""',
  },
  {
    key: "status",
    label: "Status",
    description:
      "Whether it still runs under this name; `active` needs activity within 365 days of lastReviewed.",
    kind: "status",
    origin: "file",
    required: true,
    isCited: true,
    onPage: true,
    inCompare: true,
    inData: true,
    template: "status: active",
  },
  {
    key: "activity",
    label: "Last seen",
    description:
      "The newest dated sign of life found: date, what happened (one short line) and the page showing it.",
    kind: "activity",
    origin: "file",
    required: true,
    onPage: true,
    inCompare: true,
    inData: true,
    template: 'activity: { date: "", what: "", url: "" }',
  },
  {
    key: "deployments",
    label: "Chains",
    description:
      "Where its own chain (role native), its token (role token, `bridged: true` when bridged) and its protocol contracts (role contracts) live: chain, role, address, explorer link, sources. `none` when it has no chain presence.",
    kind: "deployments",
    origin: "file",
    allowsNone: true,
    onPage: true,
    inCompare: true,
    inData: true,
    template:
      '# deployments: [{ chain: ethereum, role: token, address: "0x…", explorer: "https://…", sources: [1] }]',
  },
  {
    key: "chains",
    label: "Chains",
    description: "Every chain named in deployments, in their order (derived, never written by hand).",
    kind: "chains",
    origin: "derived",
    inData: true,
  },
  {
    key: "resources",
    label: "Resources supplied",
    description: "What the network supplies: gpu, cpu, storage, bandwidth, data, models, ...",
    kind: "resources",
    origin: "file",
    isCited: true,
    onPage: true,
    inCompare: true,
    inData: true,
    template: "resources: []",
  },
  {
    key: "workloads",
    label: "Workloads",
    description: "What it is used for: inference, training, rendering, agents, zk-proving, ...",
    kind: "workloads",
    origin: "file",
    isCited: true,
    onPage: true,
    inCompare: true,
    inData: true,
    template: "workloads: []",
  },
  {
    key: "token",
    label: "Token",
    description: "The ticker (2–10 capitals or digits), or `none` when the project confirms it has no token.",
    kind: "ticker",
    origin: "file",
    allowsNone: true,
    isCited: true,
    onPage: true,
    inCompare: true,
    inData: true,
    template: "# token: ABC",
  },
  {
    key: "tokenLaunched",
    label: "Token first traded",
    description: "The year the token first traded; `none` when there is no token.",
    kind: "year",
    origin: "file",
    allowsNone: true,
    isCited: true,
    onPage: true,
    inCompare: true,
    inData: true,
    template: "# tokenLaunched: 2021",
  },
  {
    key: "launched",
    label: "Launched",
    description: "The year of the first public product, network or mainnet (not the token's year).",
    kind: "year",
    origin: "file",
    isCited: true,
    onPage: true,
    inCompare: true,
    inData: true,
    template: "# launched: 2021",
  },
  {
    key: "website",
    label: "Website",
    description: "The project's own site (https); unique across projects.",
    kind: "url",
    origin: "file",
    required: true,
    onPage: true,
    inCompare: true,
    inData: true,
    template: 'website: ""',
  },
  {
    key: "links",
    label: "Links",
    description: `Other official pages, by kind: ${linkKinds.join(", ")} (https).`,
    kind: "links",
    origin: "file",
    onPage: true,
    inCompare: true,
    inData: true,
    template: "links: {}",
  },
  {
    key: "trust",
    label: "Trust model",
    description:
      "Five axes (verification, supply, settlement, penalties, control), each a value, why (plain sentences) and source numbers, or `unknown` with what was looked for. Required in rated categories.",
    kind: "trust",
    origin: "file",
    inCompare: true,
    inData: true,
  },
  {
    key: "sources",
    label: "Sources",
    description: "The pages read, each {title, url, accessed}: at least two, with distinct URLs.",
    kind: "sources",
    origin: "file",
    required: true,
    inData: true,
    template:
      'sources:\n  - title: ""\n    url: ""\n    accessed: ""\n  - title: ""\n    url: ""\n    accessed: ""',
  },
  {
    key: "citations",
    label: "Citations",
    description: "For each stated cited fact, the numbers (from 1) of the sources that support it.",
    kind: "citations",
    origin: "file",
    inData: true,
    template: "citations: {}",
  },
  {
    key: "lastReviewed",
    label: "Last reviewed",
    description: "The day someone last checked this file against its sources (YYYY-MM-DD).",
    kind: "date",
    origin: "file",
    required: true,
    onPage: true,
    inCompare: true,
    inData: true,
    template: 'lastReviewed: ""',
  },
  {
    key: "sourceCount",
    label: "Sources",
    description: "How many sources the file cites.",
    kind: "sourceCount",
    origin: "derived",
    onPage: true,
    inCompare: true,
  },
  {
    key: "url",
    label: "Page",
    description: "The project's page on this site.",
    kind: "pageUrl",
    origin: "derived",
    inData: true,
  },
] as const satisfies readonly FactSpec[];

export type Fact = (typeof facts)[number];
export type FactKey = Fact["key"];
export type FileFact = Extract<Fact, { origin: "file" }>;
export type CitedFactKey = Extract<Fact, { isCited: true }>["key"] | "deployments";

/** Facts that must cite sources when stated; `deployments` cites per entry, and as a whole when it is `none`. */
export const citedFactKeys = [
  ...facts.flatMap((fact) => ("isCited" in fact && fact.isCited ? [fact.key] : [])),
  "deployments",
] as CitedFactKey[];

export const factsShownOnPage = facts.filter((fact) => "onPage" in fact && fact.onPage);
export const factsInCompare = facts.filter((fact) => "inCompare" in fact && fact.inCompare);
export const factsInData = facts.filter((fact) => "inData" in fact && fact.inData);
export const factByKey = (key: FactKey): Fact => facts.find((fact) => fact.key === key)!;
