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
};

export type Messages = typeof en;
