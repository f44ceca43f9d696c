// Every page address of the site in one place, so a route never builds its own path from a template string.

export const maxComparedProjects = 4;

export const pagePaths = {
  home: "/",
  categories: "/",
  category: (slug: string) => `/categories/${slug}/`,
  chains: "/chains/",
  chain: (slug: string) => `/chains/${slug}/`,
  resources: "/resources/",
  resource: (slug: string) => `/resources/${slug}/`,
  /** A chain or resource page, for code that serves both. */
  facetValue: (section: "chains" | "resources", slug: string) => `/${section}/${slug}/`,
  project: (slug: string) => `/projects/${slug}/`,
  /** The address of a comparison, commas left readable: `/compare/?projects=a,b`. */
  compare: (slugs: readonly string[] = []) =>
    slugs.length > 0 ? `/compare/?projects=${slugs.map(encodeURIComponent).join(",")}` : "/compare/",
  search: (query = "") => (query ? `/search/?q=${encodeURIComponent(query)}` : "/search/"),
  trust: "/trust/",
  prices: "/prices/",
  gpu: (slug: string) => `/prices/${slug}/`,
  landscape: "/landscape/",
  stats: "/stats/",
  changes: "/changes/",
  data: "/data/",
  about: "/about/",
  ogImage: (slug: string) => `/og/${slug}.png`,
  badge: (slug: string) => `/badges/${slug}.svg`,
  embedProject: (slug: string) => `/embed/projects/${slug}/`,
  embedCompare: (slugs: readonly string[]) =>
    `/embed/compare/?projects=${slugs.map(encodeURIComponent).join(",")}`,
  feed: "/feed.xml",
  projectFeed: (slug: string) => `/projects/${slug}/feed.xml`,
  categoryFeed: (slug: string) => `/categories/${slug}/feed.xml`,
  chainFeed: (slug: string) => `/chains/${slug}/feed.xml`,
  apiIndex: "/api/v1/index.json",
  apiProject: (slug: string) => `/api/v1/projects/${slug}.json`,
} as const;
