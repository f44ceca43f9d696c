// Every page path of the site, for sitemap.xml and the link checks.
import type { Content } from "../content/load";
import { chains, resources } from "../facts/taxonomy";

export const staticPaths = [
  "/",
  "/chains/",
  "/resources/",
  "/landscape/",
  "/stats/",
  "/search/",
  "/compare/",
  "/about/",
  "/data/",
  "/changes/",
];

export function sitePaths({ projects, categories }: Content): string[] {
  return [
    ...staticPaths,
    ...categories.map((category) => `/categories/${category.slug}/`),
    ...chains.map((chain) => `/chains/${chain.slug}/`),
    ...resources.map((resource) => `/resources/${resource.slug}/`),
    ...projects.map((project) => `/projects/${project.slug}/`),
  ];
}
