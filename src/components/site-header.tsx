import { Suspense } from "react";
import { SiteLink } from "@/components/site-link";
import { HeaderSearch } from "@/components/header-search";
import { LanguageLinks, LanguageSwitch } from "@/components/language-switch";
import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { pagePaths } from "@/lib/site/paths";
import { siteName } from "@/lib/site/urls";

export function SiteHeader({ locale, twinPath }: { locale: Locale; twinPath?: string }) {
  const { site } = messages(locale);
  const navigation = [
    { href: pagePaths.home, label: site.nav.categories },
    { href: pagePaths.chains, label: site.nav.chains },
    { href: pagePaths.landscape, label: site.nav.landscape },
    { href: pagePaths.trust, label: site.nav.trust },
    { href: pagePaths.prices, label: site.nav.prices },
    { href: pagePaths.changes, label: site.nav.changes },
    { href: pagePaths.stats, label: site.nav.stats },
    { href: pagePaths.compare(), label: site.nav.compare },
    { href: pagePaths.search(), label: site.nav.search },
  ];
  return (
    <header className="border-b border-slate-200 dark:border-slate-800">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <SiteLink
          href={pagePaths.home}
          className="text-lg font-semibold text-slate-900 no-underline dark:text-white"
        >
          {siteName}
        </SiteLink>
        <nav aria-label={site.mainNavigation}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {navigation.map((item) => (
              <li key={item.href}>
                <SiteLink href={item.href}>{item.label}</SiteLink>
              </li>
            ))}
          </ul>
        </nav>
        {/* The switch reads the query to keep the search or comparison; without JavaScript it links the page. */}
        {twinPath ? (
          <LanguageLinks label={site.languageSwitch} path={twinPath} />
        ) : (
          <Suspense fallback={<LanguageLinks label={site.languageSwitch} />}>
            <LanguageSwitch label={site.languageSwitch} />
          </Suspense>
        )}
        <HeaderSearch label={site.search.label} placeholder={site.search.placeholder} />
      </div>
    </header>
  );
}
