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
    lastReviewed: (date: string) => `Last reviewed ${date}.`,
    factsChanged: (date: string) => `Facts last changed ${date}.`,
    edit: "Edit this page",
    related: "Related projects",
    notTranslated: "This description is not translated yet, so it is shown in English.",
    englishNewer: "The English version of this description is newer than this translation.",
    englishVersion: "Read the English version",
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
    stale: (days: number | string) => `stale: ${days} days old`,
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
      "Type any part of a name, a former name, a token ticker, a chain, a resource or a word from a description, in any of its forms; small misspellings still match. Type two names with “vs” between them to be offered their comparison. Filters narrow the results, and the address keeps the whole view, so a link reproduces it.",
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
    intro:
      "Everything on this site comes from plain files, and the same validated data is published here at every build. The data is licensed under [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/): reuse it freely, with credit to DeAI Atlas and, where you quote a fact, its source. Labels are in English whatever the edition; the vocabulary files also carry the Vietnamese names.",
    files: {
      "projects.json":
        "Every project with every fact of the fact registry, in its order: {fields}. Activity is the last dated sign of life; chains are derived from deployments; trust holds five axes with why and sources. A fact confirmed absent reads none; an unknown one is left out.",
      "projects.csv":
        "The same projects, one row each, for spreadsheets. List fields are joined with “;”, links as kind=url, deployments as chain:role:address, sources as their URLs, activity and trust one column per part; quoting follows RFC 4180.",
      "prices.json":
        "The GPU price index: one record per observation, with provider, GPU model, US dollars per GPU-hour, the date, the kind (list, market, spot, quote), the source URL and how a converted figure was derived.",
      "prices.csv": "The same price observations, one row each.",
      "prices.schema.json": "The JSON Schema of prices.json.",
      "changes.json": "Every change to a project's facts, newest first, as read from the git history.",
      "categories.json": "The categories: slug, name, order, description, project count and page url.",
      "chains.json":
        "The chain vocabulary: slug, name, description, ownChainOf for a project's own chain, project count and url, with the Vietnamese description.",
      "resources.json":
        "The resource vocabulary: slug, name, description, project count and url, with the Vietnamese name and description.",
      "project.schema.json":
        "The JSON Schema of a project file's frontmatter, generated from the site's zod schema; editors can use it to check files.",
    } as Record<string, string>,
    apiTitle: "API",
    apiIntro:
      "The same data as a versioned, static API, for sites and tools that read it regularly. Within version 1, fields are only ever added: none is renamed or removed, so a reader written today keeps working. A new version would get a new address and the old one would stay until readers have moved.",
    api: {
      index:
        "Every project with all its facts, the time the data was generated, the schema version and the license.",
      project:
        "One project (any slug): its facts, its GPU price observations and the history of its facts, change by change with date and commit.",
      indexSchema: "The JSON Schema of index.json.",
      projectSchema: "The JSON Schema of a project file.",
    },
    feedsTitle: "Feeds, embeds and badges",
    feeds:
      "Changes to the facts are published as Atom feeds: [every change](/feed.xml), and one per project, category and chain (each page links its own). A project's card can be shown in another site with an iframe of /embed/projects/<slug>/, a comparison with /embed/compare/?projects=a,b, and a README can carry the badge /badges/<slug>.svg; each project page has the snippets to copy.",
    correctionsTitle: "Corrections",
    corrections:
      "Found a wrong or outdated fact? Each project page links to its file; change it, cite the page that supports the change, and open a pull request.",
  },
  about: {
    title: "About the data",
    description:
      "Where the DeAI Atlas data comes from, how facts are checked and reviewed, and which projects are not listed and why.",
    originTitle: "Where it comes from",
    origin: (count: number) =>
      `The list of projects started from the article [“Decentralizing AI: An Overview”](https://github.com/cuckoo-network/cuckoo/blob/main/packages/home/blog/2024-05-11-decentralizing-ai-overview.md) by Cuckoo Network (May 2024, published under the Apache License 2.0), which sorted the field into seven areas. We kept its projects, added the zero-knowledge machine-learning projects it named as an area, and in 2026 extended the map to the field as it is now: decentralized training runs, agent platforms, data networks and confidential compute, ${count} projects in all. Every description is written afresh; no text is copied from the article or from project sites.`,
    checksTitle: "How facts are checked",
    checks: (days: number) =>
      `Each project is one file, and every fact in it names the sources that support it: where its chain, token and contracts live (with addresses and explorer links), what it supplies, its token and launch years, its status and its last dated sign of life. Each file cites at least two sources, at least one of them independent of the project. A fact no source settles is shown as unknown, never guessed; a confirmed absence, such as a project with no token, is shown as none and cited. A project is called active only on a sign of life dated within ${days} days of its review. The build refuses any file that breaks these rules.`,
    tools:
      "Projects that sell compute, models or proofs are also rated on the [trust model](/trust/), each rating cited, and networks that publish prices appear in the [GPU price index](/prices/). Every change to a fact is kept in the site's history and published on the [changes page](/changes/) and its feeds.",
    reviewTitle: "How often it is reviewed",
    review: (days: number) =>
      `Every file records the day it was last checked. Pages whose review is more than ${days} days old say so, and we aim to review every project at least twice a year. Corrections are welcome as pull requests.`,
    editionTitle: "The Vietnamese edition",
    edition:
      "Every page also exists in Vietnamese under /vi/, written in Vietnamese rather than machine-translated. Project descriptions are translated file by file; a page whose translation is missing, or older than its English file, says so and links the English.",
    consideredTitle: "Considered, not listed",
    considered:
      "Candidates looked at while extending the map and left out, because they proved to be centralized services or have no live network to describe.",
    unverifiedTitle: "Named in the source, not verified",
    unverified:
      "These projects appear in the source article, but we found no public source to check them against, so they have no page.",
  },
  embed: {
    sourcedFrom: "Sourced facts from",
    reviewed: (date: string) => `, reviewed ${date}. Data under CC BY 4.0.`,
  },
};

export type Messages = typeof en;
