// One URL per page type, for the accessibility and screenshot checks.
import { localePath } from "../../src/lib/i18n/locales";
import { pricedGpus } from "../../src/lib/prices/index-table";
import { content } from "./content-reader";

const project = content.projects.find((candidate) => !candidate.slug.startsWith("fixture-"))!;
const gpu = pricedGpus(content.prices)[0]!;

export const pageTypes = {
  home: "/",
  category: `/categories/${project.category}/`,
  project: `/projects/${project.slug}/`,
  chains: "/chains/",
  chain: `/chains/${project.chains[0] ?? "ethereum"}/`,
  resources: "/resources/",
  resource: `/resources/${project.resources[0] ?? "gpu"}/`,
  landscape: "/landscape/",
  stats: "/stats/",
  trust: "/trust/",
  prices: "/prices/",
  gpu: `/prices/${gpu.slug}/`,
  changes: "/changes/",
  compare: "/compare/?projects=akash-network,render-network",
  search: "/search/?q=gpu",
  about: "/about/",
  data: "/data/",
  notFound: "/no-such-page/",
};

/** The Vietnamese edition's pages that the issue names, checked like the English ones. */
export const vietnamesePageTypes = Object.fromEntries(
  (["home", "category", "project", "trust", "prices", "compare", "search"] as const).map((name) => [
    `vi ${name}`,
    localePath("vi", pageTypes[name]),
  ]),
);
