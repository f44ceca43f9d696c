import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProjectCard } from "@/components/project-card";
import { projectsByCategory } from "@/lib/browse";
import { loadContent } from "@/lib/content";
import { renderMarkdown } from "@/lib/markdown";

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
  return {
    title: group.category.name,
    description: `${group.projects.length} decentralized-AI projects in ${group.category.name}, with sourced facts.`,
  };
}

export default async function CategoryPage({ params }: Props) {
  const group = findGroup((await params).slug);
  if (!group) notFound();
  const { category, projects } = group;
  return (
    <div>
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/">Categories</Link> <span aria-hidden="true">/</span> {category.name}
      </nav>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{category.name}</h1>
      <div
        className="prose-body mt-3 max-w-3xl"
        dangerouslySetInnerHTML={{ __html: renderMarkdown(category.body) }}
      />
      <h2 className="mt-8 text-xl font-semibold">
        {projects.length} project{projects.length === 1 ? "" : "s"}
      </h2>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {projects.map((project) => (
          <li key={project.slug}>
            <ProjectCard project={project} />
          </li>
        ))}
      </ul>
    </div>
  );
}
