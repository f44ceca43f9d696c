// Every page path of the site, for sitemap.xml and the link checks.
import type { Content } from "../content/load";
import { chains } from "../facts/chains";
import { resources } from "../facts/taxonomy";
import { pagePaths } from "../site/paths";

export const staticPaths = [
  pagePaths.home,
  pagePaths.chains,
  pagePaths.resources,
  pagePaths.landscape,
  pagePaths.stats,
  pagePaths.trust,
  pagePaths.search(),
  pagePaths.compare(),
  pagePaths.about,
  pagePaths.data,
  pagePaths.changes,
];

export function sitePaths({ projects, categories }: Content): string[] {
  return [
    ...staticPaths,
    ...categories.map((category) => pagePaths.category(category.slug)),
    ...chains.map((chain) => pagePaths.chain(chain.slug)),
    ...resources.map((resource) => pagePaths.resource(resource.slug)),
    ...projects.map((project) => pagePaths.project(project.slug)),
  ];
}
