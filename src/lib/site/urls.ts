// Where the site lives: its public URL and base path come from the environment, with local defaults.

export const siteName = "DeAI Atlas";
export const siteDescription =
  "An open, sourced directory of decentralized-AI projects: GPU clouds, compute marketplaces, model networks, agents, data and ZKML.";
export const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? "";
export const siteUrl = (process.env.NEXT_PUBLIC_SITE_URL ?? "http://localhost:3000").replace(/\/+$/, "");
export const repositoryUrl =
  process.env.NEXT_PUBLIC_REPOSITORY_URL ?? "https://github.com/deai-atlas/deai-atlas";

/** A path inside the site, with the base path, for places next/link does not handle (fetch, plain anchors). */
export const withBasePath = (pathname: string) => `${basePath}${pathname}`;

export const absoluteUrl = (pathname: string) => `${siteUrl}${basePath}${pathname}`;

export const editUrl = (file: string) => `${repositoryUrl}/edit/main/${file}`;
