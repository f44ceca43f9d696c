"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { locales, localeNames, localePath, splitLocale } from "@/lib/i18n/locales";
import { withBasePath } from "@/lib/site/urls";

/** Links to the same page, with the same search or comparison, in the other editions. */
export function LanguageSwitch({ label }: { label: string }) {
  const { locale, path } = splitLocale(usePathname() ?? "/");
  const query = useSearchParams()?.toString();
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
