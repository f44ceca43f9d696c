import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FactsTable } from "@/components/facts-table";
import { SourceList } from "@/components/source-list";
import { loadContent } from "@/lib/content";
import { renderMarkdown } from "@/lib/markdown";
import { projectFacts } from "@/lib/project-facts";
import { editUrl } from "@/lib/site";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return loadContent().projects.map((project) => ({ slug: project.slug }));
}

function findProject(slug: string) {
  const { projects, categories } = loadContent();
  const project = projects.find((candidate) => candidate.slug === slug);
  const category = categories.find((candidate) => candidate.slug === project?.category);
  return project && category ? { project, category } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = findProject((await params).slug);
  if (!found) return {};
  return { title: found.project.name, description: found.project.tagline };
}

export default async function ProjectPage({ params }: Props) {
  const found = findProject((await params).slug);
  if (!found) notFound();
  const { project, category } = found;
  return (
    <article className="flex max-w-4xl flex-col gap-8">
      <header className="flex flex-col gap-2">
        <p className="text-sm">
          <Link href={`/categories/${category.slug}/`}>{category.name}</Link>
        </p>
        <h1 className="text-3xl font-bold tracking-tight">{project.name}</h1>
        <p className="text-lg text-slate-700 dark:text-slate-300">{project.tagline}</p>
        {project.aliases.length > 0 && (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Also known as {project.aliases.join(", ")}
          </p>
        )}
      </header>
      <div
        className="prose-body max-w-3xl"
        dangerouslySetInnerHTML={{ __html: renderMarkdown(project.body) }}
      />
      <section aria-labelledby="facts">
        <h2 id="facts" className="mb-3 text-xl font-semibold">
          Facts
        </h2>
        <FactsTable rows={projectFacts(project, category.name)} />
      </section>
      <section aria-labelledby="sources">
        <h2 id="sources" className="mb-3 text-xl font-semibold">
          Sources
        </h2>
        <SourceList sources={project.sources} />
        <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">
          Last reviewed {project.lastReviewed}. <a href={editUrl(project.file)}>Edit this page</a>
        </p>
      </section>
    </article>
  );
}
