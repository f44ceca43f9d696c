// The English text of the parts drawn in the browser (search, compare, filters, copy buttons): plain strings only,
// with {placeholders}, since they travel to the browser. client-vi.ts has the same keys.

export const clientEn = {
  common: {
    unknown: "Unknown",
    none: "None",
    copied: "Copied.",
    copyFailed: "Could not copy; select the text and copy it.",
    tryAgain: "Try again",
    all: "All",
    projectsCount: "{count} projects",
    projectCount: "1 project",
  },
  filters: {
    unknownValue:
      "The address asks for the {parameter} “{value}”, which the directory does not have, so it is left out.",
    useInstead: "Use {name} instead",
    removeFromAddress: "Remove it from the address",
    parameters: {
      category: "category",
      chain: "chain",
      resource: "resource",
      workload: "workload",
      sort: "sort order",
      gpu: "GPU model",
      provider: "provider type",
      kind: "kind of fact",
      verification: "verification value",
      supply: "supply value",
      settlement: "settlement value",
      penalties: "penalties value",
      control: "control value",
    },
  },
  category: {
    form: "Sort and filter projects",
    sortBy: "Sort by",
    chain: "Chain",
    resource: "Resource",
    allChains: "All chains",
    allResources: "All resources",
    showing: "Showing {shown} of {total} projects",
    compareSelected: "Compare {count} selected projects",
    selectToCompare: "Select 2 to {max} projects to compare them",
    selectBox: "Select to compare",
    noMatch: "No project in this category matches these filters.",
    clearFilters: "Clear filters",
  },
  trust: {
    form: "Filter the trust table",
    any: "Any",
    showing: "Showing {shown} of {total} rated projects",
    byName: ", by name",
    strongestFirst: ", strongest {axis} first",
    none: "No rated project has these values.",
    clear: "Clear the filters",
    sortedStrongest: ", sorted strongest first",
    sortByAxis: ", sort by this axis",
  },
  prices: {
    form: "Filter the price index",
    gpuModel: "GPU model",
    allModels: "All models",
    providers: "Providers",
    allProviders: "All providers",
    decentralized: "Decentralized networks",
    centralized: "Centralized clouds",
    summary: "{models} GPU models, {prices} current prices",
  },
  changes: {
    form: "Filter the changes",
    category: "Category",
    allCategories: "All categories",
    chain: "Chain",
    allChains: "All chains",
    kind: "Kind of fact",
    allKinds: "All kinds",
    loading: "Loading every change…",
    failed: "The list of changes could not load ({error}); the newest {shown} are shown below.",
    count: "{count} changes",
    countOne: "1 change",
    none: "No change matches these filters.",
    baseline: "{name} (price baseline)",
  },
  compare: {
    loading: "Loading the project data…",
    loadingTable: "Loading the comparison…",
    loadFailed: "The project data could not load ({error}).",
    from: "From",
    fromEnd: ": every fact sourced; data under CC BY 4.0.",
  },
};

export type ClientMessages = typeof clientEn;

/** Fills {placeholders}: `format("{count} projects", { count: 3 })` → "3 projects". */
export const format = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
