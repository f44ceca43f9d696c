import type { Metadata } from "next";
import { pageMetadata } from "@/lib/publish/metadata";
import { SiteLink } from "@/components/site-link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { projectsByCategory } from "@/lib/browse/groups";
import { loadContent } from "@/lib/content/load";
import { hueOf, monogram } from "@/lib/browse/monogram";
import { nameOf } from "@/lib/facts/vocabulary";
import { pagePaths } from "@/lib/site/paths";

export const metadata: Metadata = pageMetadata({
  title: "Landscape",
  description:
    "The whole decentralized-AI field on one page: every project in the directory as a tile, by category.",
  path: pagePaths.landscape,
});

export default function LandscapePage() {
  const { projects, categories } = loadContent();
  return (
    <div className="flex flex-col gap-6">
      <div>
        <Breadcrumbs trail={[]} current="Landscape" />
        <h1 className="mt-2 text-3xl font-bold tracking-tight">Landscape</h1>
        <p className="mt-3 max-w-3xl text-slate-700 dark:text-slate-300">
          Every project in the directory, grouped by category. Tiles show a generated monogram (we ship no
          logos) and the chains the project runs on.
        </p>
      </div>
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {projectsByCategory(projects, categories).map(({ category, projects: members }) => (
          <section
            key={category.slug}
            aria-labelledby={`landscape-${category.slug}`}
            className="rounded-lg border border-slate-300 p-3 dark:border-slate-700"
          >
            <h2 id={`landscape-${category.slug}`} className="mb-2 text-base font-semibold">
              <SiteLink href={pagePaths.category(category.slug)}>{category.name}</SiteLink>
            </h2>
            <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3">
              {members.map((project) => (
                <li key={project.slug}>
                  <SiteLink
                    href={pagePaths.project(project.slug)}
                    className="hover:border-accent-600 flex h-full flex-col items-center gap-1 rounded-md border border-slate-200 p-2 text-center text-slate-900 no-underline dark:border-slate-700 dark:text-slate-100"
                  >
                    <span
                      aria-hidden="true"
                      className="flex size-9 items-center justify-center rounded-md text-sm font-bold text-white"
                      style={{ backgroundColor: `oklch(0.45 0.12 ${hueOf(project.slug)})` }}
                    >
                      {monogram(project.name)}
                    </span>
                    <span className="text-xs leading-tight font-medium">{project.name}</span>
                    {project.chains.length > 0 && (
                      <span className="text-[11px] leading-tight text-slate-600 dark:text-slate-400">
                        {project.chains.map((chain) => nameOf("chain", chain)).join(" · ")}
                      </span>
                    )}
                  </SiteLink>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
