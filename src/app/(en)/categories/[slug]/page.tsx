import type { Metadata } from "next";
import { FollowLink } from "@/components/follow-link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CategoryBrowser } from "@/components/category-browser";
import { ProjectGrid } from "@/components/project-grid";
import { projectsByCategory } from "@/lib/browse/groups";
import { summarise } from "@/lib/browse/view";
import { loadContent } from "@/lib/content/load";
import { renderMarkdown } from "@/lib/content/markdown";
import { pageMetadata } from "@/lib/publish/metadata";
import { pagePaths } from "@/lib/site/paths";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export const generateStaticParams = () =>
  loadContent().categories.map((category) => ({ slug: category.slug }));

function findGroup(slug: string) {
  const { projects, categories } = loadContent();
  return projectsByCategory(projects, categories).find((group) => group.category.slug === slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const group = findGroup((await params).slug);
  if (!group) return {};
  return pageMetadata({
    title: group.category.name,
    description: `${group.projects.length} decentralized-AI projects in ${group.category.name}, with sourced facts.`,
    path: pagePaths.category(group.category.slug),
    feedPath: pagePaths.categoryFeed(group.category.slug),
  });
}

const distinct = (lists: string[][]) => [...new Set(lists.flat())].sort();

export default async function CategoryPage({ params }: Props) {
  const group = findGroup((await params).slug);
  if (!group) notFound();
  const { category, projects } = group;
  const summaries = projects.map(summarise);
  return (
    <div className="flex flex-col gap-6">
      <Breadcrumbs trail={[]} current={category.name} />
      <h1 className="text-3xl font-bold tracking-tight">{category.name}</h1>
      <div
        className="prose-body max-w-3xl"
        dangerouslySetInnerHTML={{ __html: renderMarkdown(category.body) }}
      />
      <FollowLink feedPath={pagePaths.categoryFeed(category.slug)} about={`changes in ${category.name}`} />
      <h2 className="text-xl font-semibold">
        {projects.length} project{projects.length === 1 ? "" : "s"}
      </h2>
      {/* Without JavaScript (and before hydration) the fallback lists every project of the category. */}
      <Suspense fallback={<ProjectGrid projects={summaries} />}>
        <CategoryBrowser
          projects={summaries}
          chainSlugs={distinct(projects.map((project) => project.chains))}
          resourceSlugs={distinct(projects.map((project) => project.resources))}
        />
      </Suspense>
    </div>
  );
}
