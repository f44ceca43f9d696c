// The site's editions: English at the site's root, Vietnamese under /vi/. Every page exists in both.
export const locales = ["en", "vi"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

export const localeNames: Record<Locale, string> = { en: "English", vi: "Tiếng Việt" };
export const htmlLangs: Record<Locale, string> = { en: "en", vi: "vi" };

/** A page's address in an edition: `/projects/x/` in English is `/vi/projects/x/` in Vietnamese. */
export const localePath = (locale: Locale, path: string) =>
  locale === defaultLocale ? path : `/${locale}${path === "/" ? "/" : path}`;

/** The edition an address belongs to and the address without its edition prefix. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const match = /^\/(vi)(\/.*)?$/.exec(pathname);
  if (!match) return { locale: defaultLocale, path: pathname };
  return { locale: match[1] as Locale, path: match[2] || "/" };
}
