// Every page path of the site, for sitemap.xml and the link checks.
import type { Content } from "../content/load";
import { chains } from "../facts/chains";
import { resources } from "../facts/taxonomy";
import { pricedGpus } from "../prices/index-table";
import { pagePaths } from "../site/paths";

export const staticPaths = [
  pagePaths.home,
  pagePaths.chains,
  pagePaths.resources,
  pagePaths.landscape,
  pagePaths.stats,
  pagePaths.trust,
  pagePaths.prices,
  pagePaths.search(),
  pagePaths.compare(),
  pagePaths.about,
  pagePaths.data,
  pagePaths.changes,
];

export function sitePaths({ projects, categories, prices }: Content): string[] {
  return [
    ...staticPaths,
    ...categories.map((category) => pagePaths.category(category.slug)),
    ...chains.map((chain) => pagePaths.chain(chain.slug)),
    ...resources.map((resource) => pagePaths.resource(resource.slug)),
    ...projects.map((project) => pagePaths.project(project.slug)),
    ...projects.map((project) => pagePaths.embedProject(project.slug)),
    ...pricedGpus(prices).map((gpu) => pagePaths.gpu(gpu.slug)),
  ];
}
