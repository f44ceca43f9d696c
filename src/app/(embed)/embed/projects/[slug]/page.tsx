import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmbedProjectCard } from "@/components/embed-project-card";
import { loadContent } from "@/lib/content/load";
import { projectFacts, trustRows } from "@/lib/facts/project-facts";
import { pagePaths } from "@/lib/site/paths";
import { absoluteUrl } from "@/lib/site/urls";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return loadContent().projects.map((project) => ({ slug: project.slug }));
}

const find = async (params: Props["params"]) => {
  const { slug } = await params;
  const { projects, categories } = loadContent();
  const project = projects.find((candidate) => candidate.slug === slug);
  const category = categories.find((candidate) => candidate.slug === project?.category);
  return project && category ? { project, category } : undefined;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await find(params);
  if (!found) return {};
  return {
    title: `${found.project.name} (embed)`,
    alternates: { canonical: absoluteUrl(pagePaths.project(found.project.slug)) },
  };
}

export default async function EmbedProjectPage({ params }: Props) {
  const found = await find(params);
  if (!found) notFound();
  const { project, category } = found;
  return (
    <EmbedProjectCard
      project={project}
      category={category}
      facts={projectFacts(project, category.name)}
      trust={trustRows(project)}
    />
  );
}
