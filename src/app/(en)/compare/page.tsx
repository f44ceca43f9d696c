import type { Metadata } from "next";
import { SiteLink } from "@/components/site-link";
import { Suspense } from "react";
import { CompareApp } from "@/components/compare-app";
import { loadContent } from "@/lib/content/load";
import { pageMetadata } from "@/lib/publish/metadata";
import { pagePaths } from "@/lib/site/paths";

export const metadata: Metadata = pageMetadata({
  title: "Compare projects",
  description:
    "Two to four decentralized-AI projects side by side: chains, resources, workloads, token and launch year, every fact sourced.",
  path: pagePaths.compare(),
});

export default function ComparePage() {
  const { projects, categories } = loadContent();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold tracking-tight">Compare projects</h1>
      <p className="max-w-3xl text-slate-700 dark:text-slate-300">
        Put two to four projects in one table: chains, resources, workloads, token and launch year, each value
        with the source it comes from. Rows where the projects differ are marked, and the address holds the
        choice, so a comparison can be shared as a link.
      </p>
      {/* The table is drawn in the browser; the reserved height keeps the footer from jumping when it arrives. */}
      <div className="min-h-screen">
        {/* The projects to compare are in the query string, which only the browser reads. */}
        <Suspense
          fallback={
            <div className="flex flex-col gap-3">
              <p>Loading the comparison…</p>
              <noscript>
                <p>
                  The comparison is built in your browser and needs JavaScript. Each project page lists the
                  same sourced facts:
                </p>
                <ul className="mt-2 columns-2 text-sm sm:columns-3">
                  {projects.map((project) => (
                    <li key={project.slug}>
                      <SiteLink href={pagePaths.project(project.slug)}>{project.name}</SiteLink>
                    </li>
                  ))}
                </ul>
              </noscript>
            </div>
          }
        >
          <CompareApp categories={categories.map(({ slug, name }) => ({ slug, name }))} />
        </Suspense>
      </div>
    </div>
  );
}
