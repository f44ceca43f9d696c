import type { Metadata } from "next";
import { Suspense } from "react";
import { CompactCategoryGroups } from "@/components/compact-category-groups";
import { CompareApp } from "@/components/compare-app";
import { SearchApp } from "@/components/search-app";
import { SiteLink } from "@/components/site-link";
import { loadContent } from "@/lib/content/load";
import type { Locale } from "@/lib/i18n/locales";
import { localTaglines, localizedCategories, summaryGroups } from "@/lib/i18n/localized";
import { messages } from "@/lib/i18n/messages";
import { pageMetadata } from "@/lib/publish/metadata";
import { pagePaths } from "@/lib/site/paths";

/** /search/: the search drawn in the browser, and every project by category without JavaScript. */
export function searchRoute(locale: Locale) {
  const m = messages(locale);
  return {
    generateMetadata: (): Metadata =>
      pageMetadata({
        title: m.search.title,
        description: m.search.description,
        path: pagePaths.search(),
        locale,
      }),
    Page: function SearchPage() {
      const content = loadContent();
      return (
        <div className="flex flex-col gap-6">
          <h1 className="text-3xl font-bold tracking-tight">{m.search.heading}</h1>
          <p className="max-w-3xl text-slate-700 dark:text-slate-300">{m.search.intro}</p>
          {/* The results are drawn in the browser; the reserved height keeps the footer from jumping when they arrive. */}
          <div className="min-h-screen">
            {/* Without JavaScript the page lists every project by category; with it, that list would only be thrown away. */}
            <Suspense
              fallback={
                <div>
                  <p role="status">{m.search.loading}</p>
                  <noscript>
                    <p className="text-slate-700 dark:text-slate-300">
                      {m.search.noScript(content.projects.length)}
                    </p>
                    <CompactCategoryGroups groups={summaryGroups(content, content.projects, locale)} />
                  </noscript>
                </div>
              }
            >
              <SearchApp />
            </Suspense>
          </div>
        </div>
      );
    },
  };
}

/** /compare/: the comparison drawn in the browser from the address; without JavaScript, links to every project. */
export function compareRoute(locale: Locale) {
  const m = messages(locale);
  return {
    generateMetadata: (): Metadata =>
      pageMetadata({
        title: m.compare.title,
        description: m.compare.description,
        path: pagePaths.compare(),
        locale,
      }),
    Page: function ComparePage() {
      const content = loadContent();
      return (
        <div className="flex flex-col gap-6">
          <h1 className="text-3xl font-bold tracking-tight">{m.compare.title}</h1>
          <p className="max-w-3xl text-slate-700 dark:text-slate-300">{m.compare.intro}</p>
          {/* The table is drawn in the browser; the reserved height keeps the footer from jumping when it arrives. */}
          <div className="min-h-screen">
            {/* The projects to compare are in the query string, which only the browser reads. */}
            <Suspense
              fallback={
                <div className="flex flex-col gap-3">
                  <p>{m.compare.loading}</p>
                  <noscript>
                    <p>{m.compare.noScript}</p>
                    <ul className="mt-2 columns-2 text-sm sm:columns-3">
                      {content.projects.map((project) => (
                        <li key={project.slug}>
                          <SiteLink href={pagePaths.project(project.slug)}>{project.name}</SiteLink>
                        </li>
                      ))}
                    </ul>
                  </noscript>
                </div>
              }
            >
              <CompareApp
                categories={localizedCategories(content, locale).map(({ slug, name }) => ({ slug, name }))}
                taglines={locale === "en" ? undefined : localTaglines(content, locale)}
              />
            </Suspense>
          </div>
        </div>
      );
    },
  };
}
