// One URL per page type, for the accessibility and screenshot checks.
import { content } from "./content-reader";

const project = content.projects.find((candidate) => !candidate.slug.startsWith("fixture-"))!;

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
  compare: "/compare/?projects=akash-network,render-network",
  search: "/search/?q=gpu",
  about: "/about/",
  notFound: "/no-such-page/",
};
