// The site's editions: English at the site's root, Vietnamese under /vi/. Every page exists in both.
export const locales = ["en", "vi"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

export const localeNames: Record<Locale, string> = { en: "English", vi: "Tiếng Việt" };
export const htmlLangs: Record<Locale, string> = { en: "en", vi: "vi" };

/** A page's address in an edition: `/projects/x/` in English is `/vi/projects/x/` in Vietnamese. */
export const localePath = (locale: Locale, path: string) =>
  locale === defaultLocale ? path : `/${locale}${path === "/" ? "/" : path}`;

/**
 * Whether a site path has a twin in every edition: pages do; files (feeds, data, pictures, badges, the API, whose
 * last segment has an extension) and the embeds exist once, in English.
 */
export const hasEditions = (path: string) => {
  const pathname = path.split(/[?#]/)[0] ?? path;
  return !pathname.startsWith("/embed/") && !/\.[a-z0-9]+$/i.test(pathname);
};

/** The edition an address belongs to and the address without its edition prefix. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const match = /^\/(vi)(\/.*)?$/.exec(pathname);
  if (!match) return { locale: defaultLocale, path: pathname };
  return { locale: match[1] as Locale, path: match[2] || "/" };
}
