"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { locales, localeNames, localePath, splitLocale } from "@/lib/i18n/locales";
import { withBasePath } from "@/lib/site/urls";

/** Links to the same page in the other editions, with the given query (a search or a comparison) kept. */
export function LanguageLinks({ label, query = "" }: { label: string; query?: string }) {
  const { locale, path } = splitLocale(usePathname() ?? "/");
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
