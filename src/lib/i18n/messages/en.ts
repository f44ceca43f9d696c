// The English interface text: every word the site shows that is not content. vi.ts must have every key (the
// type says so, so a missing key fails the build).

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const en = {
  site: {
    tagline: "a sourced map of decentralized AI",
    description:
      "An open, sourced directory of decentralized-AI projects: GPU clouds, compute marketplaces, model networks, agents, data and ZKML.",
    skipLink: "Skip to content",
    mainNavigation: "Main",
    nav: {
      categories: "Categories",
      chains: "Chains",
      resources: "Resources",
      landscape: "Landscape",
      stats: "Stats",
      trust: "Trust",
      prices: "Prices",
      changes: "Changes",
      compare: "Compare",
      search: "Search",
    },
    languageSwitch: "Language",
    search: { label: "Search projects", placeholder: "Search projects (press /)" },
    footerLicense: "Data under CC BY 4.0; code under MIT.",
    footerAbout: "About the data and how it is checked",
    footerSource: "Source on GitHub",
    home: "Home",
    notFoundTitle: "Page not found",
    notFoundText:
      "There is no page at this address. It may have been renamed; projects keep their address even when the project changes its name.",
    notFoundLink: "Browse all categories",
  },
  counts: {
    projects: (count: number) => plural(count, "project", "projects"),
  },
  home: {
    title: "Directory of decentralized-AI projects",
    heading: "A sourced map of decentralized AI",
    intro: (projects: number, categories: number) =>
      `${projects} projects that rent out GPUs, train and trade models, run agents, collect data and prove inference, in ${categories} categories. Every fact links to the page it came from.`,
    tools: "Beyond the categories",
    toolLinks: {
      trust: "Trust model: who checks the work, who holds the keys",
      prices: "GPU price index: an hour of each GPU, network by network",
      compare: "Compare projects side by side",
      changes: "What changed, with feeds to follow",
    },
    seeAll: (count: number, category: string) => `All ${count} projects in ${category}`,
    lastSeen: "last seen",
  },
  category: {
    metaDescription: (count: number, name: string) =>
      `${count} decentralized-AI projects in ${name}, with sourced facts.`,
    follow: (name: string) => `changes in ${name}`,
  },
  facets: {
    chainsTitle: "Chains",
    chainsDescription:
      "Every blockchain that decentralized-AI projects in the directory run on or issue tokens on, with counts.",
    chainsIntro:
      "The blockchains the projects run on, issue their tokens on or settle payments on. A project's own layer 1 is listed under its own name.",
    resourcesTitle: "Resources",
    resourcesDescription:
      "What decentralized-AI networks supply, from GPUs and storage to data, models and proofs, with counts.",
    resourcesIntro:
      "What the networks supply to their users: hardware such as GPUs and storage, or outputs such as data, models and proofs.",
    ownChain: " (the project's own chain)",
    onChain: (name: string) => `Projects on ${name}`,
    supplying: (name: string) => `Projects supplying ${name}`,
    inDirectory: (count: number) => `${plural(count, "project", "projects")} in the directory.`,
    metaDescription: (count: number, description: string) =>
      `${count} decentralized-AI projects in the directory. ${description}`,
    noneYet: "No project in the directory names this yet.",
    roleOn: (chain: string, roles: string) => `On ${chain}: ${roles}`,
    follow: (name: string) => `changes on ${name}`,
  },
  project: {
    metaDescription: (tagline: string, category: string) => `${tagline}. ${category}, with sourced facts.`,
    alsoKnownAs: (names: string) => `Also known as ${names}`,
    supplies: "Supplies",
    mayBeOutdated: (date: string) => `⚠ May be out of date: last reviewed ${date}`,
    compareWith: "Compare with…",
    compareWithProject: (name: string) => `Compare with ${name}`,
    facts: "Facts",
    sources: "Sources",
    accessed: (date: string) => `accessed ${date}`,
    lastReviewed: (date: string) => `Last reviewed ${date}.`,
    factsChanged: (date: string) => `Facts last changed ${date}.`,
    edit: "Edit this page",
    related: "Related projects",
    notTranslated: "",
    englishNewer: "",
    englishVersion: "",
    none: "None",
    unknown: "Unknown",
    addSource: "(add a source)",
    sourceMark: (number: number) => `source ${number}`,
  },
  trust: {
    title: "Trust model",
    metaDescription:
      "Whom you trust when you use a decentralized-AI network: who checks the work, who may supply, how money moves, what cheaters risk and who holds the keys. Every rating cited.",
    intro: (categories: string) =>
      `If a provider returns a wrong result, who notices? Can anyone join? Is the buyer's money held on-chain or billed by a company? What does a cheater lose, and who can change the rules? Every project in ${categories} answers these five questions here, each answer sourced; other projects where it applies.`,
    ratedProjects: (count: number) => `${count} rated projects`,
    known: "What is known",
    axis: "Axis",
    rated: "Rated",
    unknown: "Unknown",
    coverageCaption: "Rated and unknown answers per axis",
    guideTitle: "How to read it",
    guide:
      "Each rated project answers five questions. Every answer is a value from a fixed list, a sentence or two saying why, and the sources it rests on; where no source we could read settles it, the answer is “unknown”, with what was looked for. Grades are about how much a buyer must trust someone, not about how good the project is.",
    grades: "Grades",
    sectionIntro:
      "Whom a buyer trusts, axis by axis. Petals are longer and greener where less trust is needed; grey means no source settles it.",
    howGraded: "How the axes are graded",
    notRated: "Not rated yet.",
    addRating: "Add a sourced rating",
    project: "Project",
    tableLabel: "Trust table, scrollable",
    tableCaption: "Trust model of every rated project, one column per axis",
    rosetteLabel: (name: string | undefined, axes: string) =>
      `${name ? `${name} trust model` : "Trust model"}: ${axes}`,
  },
  prices: {
    title: "GPU price index",
    crumb: "GPU prices",
    metaDescription:
      "What an hour of an H100, A100, RTX 4090 and other GPUs costs on decentralized networks, next to the big clouds: dollars per GPU-hour, dated and sourced.",
    intro:
      "Dollars for one GPU for one hour, per GPU model, from each provider's newest published figure. Decentralized networks are drawn in colour; centralized clouds, shown as a baseline, in grey and marked ◇. Where a source prices a whole machine or uses another unit, the table shows the figure as published and how it was divided; nothing is estimated.",
    kinds: (kinds: string, stale: number, current: number) =>
      `Kinds: ${kinds}. A figure older than ${stale} days is marked stale; one older than ${current} days leaves the table and stays in the model's history. Networks that publish no price say so on their page.`,
    gpuTitle: (gpu: string) => `${gpu}: price per GPU-hour`,
    gpuMetaDescription: (gpu: string) =>
      `What an hour of an ${gpu} costs on decentralized networks and centralized clouds, dated and sourced.`,
    history: "History",
    historyIntro: (gpu: string) =>
      `Every observation of the ${gpu} in the directory, per provider, newest first.`,
    noCurrent: "No price from the last year.",
    chartTitle: (gpu: string) => `${gpu}: dollars per GPU-hour by provider, cheapest first`,
    tableCaption: (gpu: string) => `${gpu} prices per GPU-hour`,
    provider: "Provider",
    type: "Type",
    perGpuHour: "$ per GPU-hour",
    observed: "Observed",
    kind: "Kind",
    source: "Source",
    decentralized: "Decentralized network",
    centralized: (kind: string) => `Centralized: ${kind}`,
    stale: (days: number) => `stale: ${days} days old`,
    asPublished: (raw: string) => `As published: ${raw}.`,
    scrollable: (caption: string) => `${caption}, scrollable`,
    projectHeading: "GPU prices",
    noPublicPrice: (date: string) =>
      `No public price: we found no per-GPU price published by this network (checked ${date}). See the`,
    indexLink: "price index",
    forNetworksThatPublish: "for networks that publish theirs.",
    perGpuHourShort: "per GPU-hour",
    comparedOn: "Compared with other networks and the big clouds on the",
    staleMark: " (stale)",
  },
  history: {
    heading: "History",
    shallow: "This build of the site had only part of the git history, so older changes are missing below.",
    unavailable:
      "This build of the site had no git history (a shallow clone or an archive), so the changes to these facts cannot be listed here; the repository keeps them.",
    none: "No change to these facts in the history.",
    follow: (about: string) => `Follow ${about}`,
    followText:
      ": an Atom feed of every change to these facts; paste its address into a feed reader to be told of changes.",
    changesTitle: "Changes",
    changesDescription:
      "Every change to the sourced facts of DeAI Atlas, newest first: statuses, chains, trust ratings, prices. Filter by category, chain and kind of fact, or follow the feed.",
    changesIntro:
      "Every change to a project's facts, read from the site's git history: one entry per project per commit, naming what was added, removed or changed. Edits to sources and review dates alone are left out.",
    shallowSite: "This build had only part of the git history, so older changes are missing.",
    unavailableSite:
      "This build had no git history (a shallow clone or an archive), so no change can be listed; the repository keeps them.",
    everyChange: "every change",
  },
  share: {
    heading: "Show it elsewhere",
    embed: "An embeddable card (HTML)",
    badge: "A badge for a README (Markdown)",
    copyEmbed: "Copy the iframe",
    copyBadge: "Copy the badge",
  },
  stats: {
    title: "Statistics",
    description:
      "How many decentralized-AI projects the directory lists per chain and category, per resource and per launch year.",
    intro: (count: number) =>
      `Counts over the ${count} projects in the directory. A project on several chains counts once per chain.`,
    byChain: "Projects by chain and category",
    byChainCaption: "Number of projects per chain (rows) and category (columns)",
    chain: "Chain",
    total: "Total",
    cellLabel: (count: number, chain: string, category: string) =>
      `${count} ${chain} projects in ${category}`,
    byResource: "Projects by resource",
    resource: "Resource",
    byYear: "Projects by launch year",
    year: "Year",
    projects: "Projects",
    unknownYear: (count: number) => `${plural(count, "project has", "projects have")} no known launch year.`,
    chartOf: (title: string) => `${title}, as a bar chart`,
  },
  landscape: {
    title: "Landscape",
    description: "Every decentralized-AI project in the directory on one page, by category.",
    intro:
      "Every project in the directory, grouped by category. Tiles show a generated monogram (we ship no logos) and the chains the project runs on.",
  },
  search: {
    title: "Search",
    heading: "Search projects",
    description:
      "Search decentralized-AI projects by name, token, chain, resource or workload, with filters.",
    intro:
      "Type any part of a name, a former name, a token ticker, a chain, a resource or a word from a description; small misspellings still match. Filters narrow the results, and the address keeps the whole view, so a link reproduces it.",
    loading: "Loading search…",
    noScript: (count: number) => `Search needs JavaScript. Here are all ${count} projects, by category.`,
  },
  compare: {
    title: "Compare projects",
    description:
      "Two to four decentralized-AI projects side by side: chains and roles, trust model, GPU prices, token and launch years, every fact sourced.",
    intro:
      "Put two to four projects in one table: where their chain, token and contracts live, their trust model, GPU prices, token and launch years, each value with the source it comes from. Rows where the projects differ are marked, and the address holds the choice, so a comparison can be shared as a link.",
    loading: "Loading the comparison…",
    noScript:
      "The comparison is built in your browser and needs JavaScript. Each project page lists the same sourced facts:",
  },
  data: {
    title: "Open data",
    description:
      "Download the DeAI Atlas directory as JSON or CSV, with its vocabularies, prices, history, feeds and a versioned API.",
  },
  about: {
    title: "About the data",
    description:
      "Where the DeAI Atlas data comes from, how facts are checked and reviewed, and which projects are not listed and why.",
  },
  embed: {
    sourcedFrom: "Sourced facts from",
    reviewed: (date: string) => `, reviewed ${date}. Data under CC BY 4.0.`,
  },
};

export type Messages = typeof en;
