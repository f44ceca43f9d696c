import { SiteLink } from "@/components/site-link";
import { HeaderSearch } from "@/components/header-search";
import { siteName } from "@/lib/site/urls";

const navigation = [
  { href: "/", label: "Categories" },
  { href: "/chains/", label: "Chains" },
  { href: "/resources/", label: "Resources" },
  { href: "/landscape/", label: "Landscape" },
  { href: "/stats/", label: "Stats" },
  { href: "/trust/", label: "Trust" },
  { href: "/prices/", label: "Prices" },
  { href: "/compare/", label: "Compare" },
  { href: "/search/", label: "Search" },
];

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 dark:border-slate-800">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <SiteLink href="/" className="text-lg font-semibold text-slate-900 no-underline dark:text-white">
          {siteName}
        </SiteLink>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {navigation.map((item) => (
              <li key={item.href}>
                <SiteLink href={item.href}>{item.label}</SiteLink>
              </li>
            ))}
          </ul>
        </nav>
        <HeaderSearch />
      </div>
    </header>
  );
}
