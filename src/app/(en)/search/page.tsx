import type { Metadata } from "next";
import { pagePaths } from "@/lib/site/paths";
import { Suspense } from "react";
import { CompactCategoryGroups } from "@/components/compact-category-groups";
import { SearchApp } from "@/components/search-app";
import { projectsByCategory } from "@/lib/browse/groups";
import { loadContent } from "@/lib/content/load";
import { pageMetadata } from "@/lib/publish/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Search",
  description: "Search decentralized-AI projects by name, token, chain, resource or workload, with filters.",
  path: pagePaths.search(),
});

export default function SearchPage() {
  const { projects, categories } = loadContent();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold tracking-tight">Search projects</h1>
      <p className="max-w-3xl text-slate-700 dark:text-slate-300">
        Type any part of a name, a former name, a token ticker, a chain, a resource or a word from a
        description; small misspellings still match. Filters narrow the results, and the address keeps the
        whole view, so a link reproduces it.
      </p>
      {/* The results are drawn in the browser; the reserved height keeps the footer from jumping when they arrive. */}
      <div className="min-h-screen">
        {/* Without JavaScript the page lists every project by category; with it, that list would only be thrown away. */}
        <Suspense
          fallback={
            <div>
              <p role="status">Loading search…</p>
              <noscript>
                <p className="text-slate-700 dark:text-slate-300">
                  Search needs JavaScript. Here are all {projects.length} projects, by category.
                </p>
                <CompactCategoryGroups groups={projectsByCategory(projects, categories)} />
              </noscript>
            </div>
          }
        >
          <SearchApp />
        </Suspense>
      </div>
    </div>
  );
}
