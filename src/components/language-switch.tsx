"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { locales, localeNames, localePath, splitLocale } from "@/lib/i18n/locales";
import { withBasePath } from "@/lib/site/urls";

/**
 * Links to the same page in the other editions, with the given query (a search or a comparison) kept;
 * `path` overrides the current page where it has no twin (the 404 page links the other home page).
 */
export function LanguageLinks({
  label,
  query = "",
  path: fixedPath,
}: {
  label: string;
  query?: string;
  path?: string;
}) {
  const current = splitLocale(usePathname() ?? "/");
  const { locale } = current;
  const path = fixedPath ?? current.path;
  return (
    <nav aria-label={label} className="text-sm">
      <ul className="flex gap-3">
        {locales
          .filter((other) => other !== locale)
          .map((other) => (
            <li key={other}>
              <a
                href={withBasePath(`${localePath(other, path)}${query ? `?${query}` : ""}`)}
                hrefLang={other}
                lang={other}
              >
                {localeNames[other]}
              </a>
            </li>
          ))}
      </ul>
    </nav>
  );
}

/** The language switch once the browser knows the query; the page's HTML holds LanguageLinks without it. */
export function LanguageSwitch({ label }: { label: string }) {
  return <LanguageLinks label={label} query={useSearchParams()?.toString()} />;
}
