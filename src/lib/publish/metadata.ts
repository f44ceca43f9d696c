// Page metadata in one shape: title, description, canonical URL, the Atom feed, Open Graph and Twitter cards.
import type { Metadata } from "next";
import { pagePaths } from "../site/paths";
import { absoluteUrl, basePath, siteDescription, siteName, siteUrl } from "../site/urls";

/** What every page inherits: the base for relative URLs, the title pattern, the description and the site feed. */
export const siteMetadata: Metadata = {
  metadataBase: new URL(`${siteUrl}${basePath}/`),
  title: { default: `${siteName}: a sourced map of decentralized AI`, template: `%s · ${siteName}` },
  description: siteDescription,
  alternates: { types: { "application/atom+xml": absoluteUrl(pagePaths.feed) } },
};

type PageMetadata = {
  title: string;
  description: string;
  path: string;
  imageSlug?: string;
  /** The page's own Atom feed; pages without one link the site's. */
  feedPath?: string;
};

/** `imageSlug` picks the build-time picture /og/<slug>.png; pages without their own use /og/site.png. */
export function pageMetadata({
  title,
  description,
  path,
  imageSlug = "site",
  feedPath,
}: PageMetadata): Metadata {
  const url = absoluteUrl(path);
  const images = [{ url: absoluteUrl(pagePaths.ogImage(imageSlug)), width: 1200, height: 630, alt: title }];
  return {
    title,
    description,
    alternates: {
      canonical: url,
      types: { "application/atom+xml": absoluteUrl(feedPath ?? pagePaths.feed) },
    },
    openGraph: { title, description, url, siteName, type: "website", images },
    twitter: { card: "summary_large_image", title, description, images },
  };
}
