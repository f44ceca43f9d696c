import type { Metadata } from "next";
import { SiteLink } from "@/components/site-link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { FactsTable } from "@/components/facts-table";
import { ProjectCard } from "@/components/project-card";
import { ProjectHeader } from "@/components/project-header";
import { SourceList } from "@/components/source-list";
import { relatedProjects } from "@/lib/browse/groups";
import { summarise } from "@/lib/browse/view";
import { loadContent } from "@/lib/content/load";
import { renderMarkdown } from "@/lib/content/markdown";
import { pageMetadata } from "@/lib/publish/metadata";
import { projectFacts, trustRows } from "@/lib/facts/project-facts";
import { TrustSection } from "@/components/trust/trust-section";
import { ProjectPrices } from "@/components/prices/project-prices";
import { pricesOfProject } from "@/lib/prices/index-table";
import { readFactHistory } from "@/lib/history/git-history";
import { entriesOf } from "@/lib/history/scopes";
import { FollowLink } from "@/components/follow-link";
import { ProjectHistory } from "@/components/project-history";
import { ShareProject } from "@/components/share-project";
import { isStale } from "@/lib/content/review";
import { editUrl } from "@/lib/site/urls";
import { pagePaths } from "@/lib/site/paths";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return loadContent().projects.map((project) => ({ slug: project.slug }));
}

function findProject(slug: string) {
  const { projects, categories } = loadContent();
  const project = projects.find((candidate) => candidate.slug === slug);
  const category = categories.find((candidate) => candidate.slug === project?.category);
  return project && category ? { project, category, projects } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = findProject((await params).slug);
  if (!found) return {};
  return pageMetadata({
    title: found.project.name,
    description: `${found.project.tagline}. ${found.category.name}, with sourced facts.`,
    path: pagePaths.project(found.project.slug),
    feedPath: pagePaths.projectFeed(found.project.slug),
    imageSlug: found.project.slug,
  });
}

export default async function ProjectPage({ params }: Props) {
  const found = findProject((await params).slug);
  if (!found) notFound();
  const { project, category, projects } = found;
  const facts = projectFacts(project, category.name);
  const editHref = editUrl(project.file);
  const prices = pricesOfProject(loadContent().prices, project.slug);
  const related = relatedProjects(project, projects);
  const history = readFactHistory();
  const ownHistory = entriesOf({ type: "project", slug: project.slug }, history.entries, projects);
  return (
    <article className="flex max-w-4xl flex-col gap-8">
      <Breadcrumbs
        trail={[{ href: pagePaths.category(category.slug), label: category.name }]}
        current={project.name}
      />
      <ProjectHeader
        project={project}
        category={category}
        facts={facts}
        isStale={isStale(project.lastReviewed)}
      />
      <p>
        <SiteLink
          href={pagePaths.compare([project.slug])}
          className="border-accent-600 hover:bg-accent-50 dark:border-accent-300 inline-block rounded-md border px-3 py-1.5 text-sm font-medium no-underline dark:hover:bg-slate-900"
        >
          Compare with…
        </SiteLink>
      </p>
      <div
        className="prose-body max-w-3xl"
        dangerouslySetInnerHTML={{ __html: renderMarkdown(project.body) }}
      />
      <section aria-labelledby="facts">
        <h2 id="facts" className="mb-3 text-xl font-semibold">
          Facts
        </h2>
        <FactsTable rows={facts} editHref={editHref} />
      </section>
      {(project.trust || category.isTrustRated) && (
        <TrustSection rows={trustRows(project)} editHref={editHref} />
      )}
      {(prices.length > 0 || project.resources.includes("gpu")) && (
        <ProjectPrices observations={prices} checked={project.lastReviewed} />
      )}
      <section aria-labelledby="sources">
        <h2 id="sources" className="mb-3 text-xl font-semibold">
          Sources
        </h2>
        <SourceList sources={project.sources} />
        <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">
          Last reviewed {project.lastReviewed}.{" "}
          {ownHistory[0] && <>Facts last changed {ownHistory[0].date.slice(0, 10)}. </>}
          <a href={editHref} rel="noopener noreferrer">
            Edit this page
          </a>
        </p>
      </section>
      <ProjectHistory entries={ownHistory} status={history.status} />
      <FollowLink feedPath={pagePaths.projectFeed(project.slug)} about={project.name} />
      <ShareProject slug={project.slug} name={project.name} />
      {related.length > 0 && (
        <section aria-labelledby="related">
          <h2 id="related" className="mb-3 text-xl font-semibold">
            Related projects
          </h2>
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {related.map((other) => (
              <li key={other.slug} className="flex flex-col gap-1">
                <ProjectCard project={summarise(other)} />
                <SiteLink href={pagePaths.compare([project.slug, other.slug])} className="text-sm">
                  Compare with {other.name}
                </SiteLink>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
