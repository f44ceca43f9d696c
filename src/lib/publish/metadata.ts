// Page metadata in one shape: title, description, canonical URL, the other editions (hreflang), the Atom feed,
// Open Graph and Twitter cards.
import type { Metadata } from "next";
import { localePath, locales, type Locale } from "../i18n/locales";
import { messages } from "../i18n/messages";
import { pagePaths } from "../site/paths";
import { absoluteUrl, basePath, siteName, siteUrl } from "../site/urls";

/** What every page of an edition inherits: the base for relative URLs, the title pattern, the description and feed. */
export function editionMetadata(locale: Locale): Metadata {
  const { site } = messages(locale);
  return {
    metadataBase: new URL(`${siteUrl}${basePath}/`),
    title: { default: `${siteName}: ${site.tagline}`, template: `%s · ${siteName}` },
    description: site.description,
    alternates: { types: { "application/atom+xml": absoluteUrl(pagePaths.feed) } },
  };
}

export const siteMetadata: Metadata = editionMetadata("en");

type PageMetadata = {
  title: string;
  description: string;
  /** The page's path in the English edition; the other editions' addresses are derived from it. */
  path: string;
  locale?: Locale;
  imageSlug?: string;
  /** The page's own Atom feed; pages without one link the site's. */
  feedPath?: string;
};

/** Every edition's address of a page, for hreflang links and the sitemap: English is also the default. */
export const languageAlternates = (path: string): Record<string, string> => ({
  ...Object.fromEntries(locales.map((locale) => [locale, absoluteUrl(localePath(locale, path))])),
  "x-default": absoluteUrl(path),
});

/** `imageSlug` picks the build-time picture /og/<slug>.png; pages without their own use /og/site.png. */
export function pageMetadata({
  title,
  description,
  path,
  locale = "en",
  imageSlug = "site",
  feedPath,
}: PageMetadata): Metadata {
  const url = absoluteUrl(localePath(locale, path));
  const images = [{ url: absoluteUrl(pagePaths.ogImage(imageSlug)), width: 1200, height: 630, alt: title }];
  return {
    title,
    description,
    alternates: {
      canonical: url,
      languages: languageAlternates(path),
      types: { "application/atom+xml": absoluteUrl(feedPath ?? pagePaths.feed) },
    },
    openGraph: {
      title,
      description,
      url,
      siteName,
      type: "website",
      locale: locale === "vi" ? "vi_VN" : "en_US",
      images,
    },
    twitter: { card: "summary_large_image", title, description, images },
  };
}
