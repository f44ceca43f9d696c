"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect } from "react";
import { useLocale } from "@/components/use-locale";
import { splitLocale, type Locale } from "@/lib/i18n/locales";
import { withBasePath } from "@/lib/site/urls";
import { pagePaths } from "@/lib/site/paths";
import { comparisonSides } from "@/lib/search/comparison-query";

const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/** Focuses the page's search box (the search page's own one, else the header's) on "/" or Ctrl/Cmd-K. */
function useSearchHotkeys() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const isSlash = event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey;
      const isCommandK = event.key.toLowerCase() === "k" && (event.ctrlKey || event.metaKey);
      if (!isCommandK && !(isSlash && !isEditable(event.target))) return;
      const inputs = document.querySelectorAll<HTMLInputElement>("input[data-search-input]");
      const input = inputs[inputs.length - 1];
      if (!input) return;
      event.preventDefault();
      input.focus();
      input.select();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}

/**
 * Where Enter in the header box leads: the comparison a query like "akash vs io.net" asks for, once the search
 * index confirms it names real projects; otherwise the search page.
 */
async function destinationOf(query: string, locale: Locale): Promise<string> {
  if (comparisonSides(query)) {
    const [{ loadSearchIndex }, { comparisonOffer }] = await Promise.all([
      import("@/lib/search/loader"),
      import("@/lib/search/comparison-offer"),
    ]);
    // If the index cannot load, the search page tries again and says what went wrong.
    const index = await loadSearchIndex(locale).catch(() => undefined);
    const offer = index && comparisonOffer(query, index.records);
    if (offer) return pagePaths.compare(offer.slugs);
  }
  return pagePaths.search(query);
}

/**
 * The header's search box: a plain GET form to /search/ (so it works without JavaScript) that starts
 * downloading the search index as soon as it is focused. The search page has its own box, so it hides this one.
 */
export function HeaderSearch({ label, placeholder }: { label: string; placeholder: string }) {
  const pathname = usePathname();
  const router = useRouter();
  const { locale, pathIn } = useLocale();
  useSearchHotkeys();
  if (splitLocale(pathname).path.replace(/\/$/, "") === "/search") return null;
  return (
    <form
      role="search"
      action={withBasePath(pathIn(pagePaths.search()))}
      method="get"
      className="w-full sm:ml-auto sm:w-auto"
      onSubmit={(event) => {
        event.preventDefault();
        const query = new FormData(event.currentTarget).get("q")?.toString().trim() ?? "";
        void destinationOf(query, locale).then((destination) => router.push(pathIn(destination)));
      }}
    >
      <label htmlFor="header-search" className="sr-only">
        {label}
      </label>
      <input
        id="header-search"
        type="search"
        name="q"
        data-search-input=""
        autoComplete="off"
        placeholder={placeholder}
        // Only a warm-up, loaded on demand so browse pages do not carry the search code; if it fails, the
        // search page downloads the index again and says what went wrong.
        onFocus={() =>
          void import("@/lib/search/loader")
            .then(({ loadSearchIndex }) => loadSearchIndex(locale))
            .catch(() => undefined)
        }
        className="focus:border-accent-600 w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm sm:w-56 dark:border-slate-600 dark:bg-slate-900"
      />
    </form>
  );
}
