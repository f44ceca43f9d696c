// Page metadata in one shape: title, description, canonical URL, Open Graph and Twitter cards.
import type { Metadata } from "next";
import { absoluteUrl, basePath, siteDescription, siteName, siteUrl } from "../site/urls";

/** What every page inherits: the base for relative URLs, the title pattern and the default description. */
export const siteMetadata: Metadata = {
  metadataBase: new URL(`${siteUrl}${basePath}/`),
  title: { default: `${siteName}: a sourced map of decentralized AI`, template: `%s · ${siteName}` },
  description: siteDescription,
};
import { pagePaths } from "../site/paths";

type PageMetadata = { title: string; description: string; path: string; imageSlug?: string };

/** `imageSlug` picks the build-time picture /og/<slug>.png; pages without their own use /og/site.png. */
export function pageMetadata({ title, description, path, imageSlug = "site" }: PageMetadata): Metadata {
  const url = absoluteUrl(path);
  const images = [{ url: absoluteUrl(pagePaths.ogImage(imageSlug)), width: 1200, height: 630, alt: title }];
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { title, description, url, siteName, type: "website", images },
    twitter: { card: "summary_large_image", title, description, images },
  };
}
