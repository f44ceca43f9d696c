// Every page path of the site in both editions, for sitemap.xml and the link checks.
import type { Content } from "../content/load";
import { chains } from "../facts/chains";
import { resources } from "../facts/taxonomy";
import { localePath, locales } from "../i18n/locales";
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

/** The pages that exist in every edition, as English paths. */
export function editionPaths({ projects, categories, prices }: Content): string[] {
  return [
    ...staticPaths,
    ...categories.map((category) => pagePaths.category(category.slug)),
    ...chains.map((chain) => pagePaths.chain(chain.slug)),
    ...resources.map((resource) => pagePaths.resource(resource.slug)),
    ...projects.map((project) => pagePaths.project(project.slug)),
    ...pricedGpus(prices).map((gpu) => pagePaths.gpu(gpu.slug)),
  ];
}

/** Every page: each edition's twin of every page, and the embeds (English only, for other sites' frames). */
export function sitePaths(content: Content): string[] {
  const paths = editionPaths(content);
  return [
    ...locales.flatMap((locale) => paths.map((path) => localePath(locale, path))),
    ...content.projects.map((project) => pagePaths.embedProject(project.slug)),
  ];
}
