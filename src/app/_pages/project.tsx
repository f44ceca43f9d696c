import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { FactsTable } from "@/components/facts-table";
import { FollowLink } from "@/components/follow-link";
import { ProjectCard } from "@/components/project-card";
import { ProjectHeader } from "@/components/project-header";
import { ProjectHistory } from "@/components/project-history";
import { ProjectPrices } from "@/components/prices/project-prices";
import { ShareProject } from "@/components/share-project";
import { SiteLink } from "@/components/site-link";
import { SourceList } from "@/components/source-list";
import { TrustSection } from "@/components/trust/trust-section";
import { relatedProjects } from "@/lib/browse/groups";
import { loadContent } from "@/lib/content/load";
import { renderMarkdown } from "@/lib/content/markdown";
import { isStale } from "@/lib/content/review";
import { projectFacts, trustRows } from "@/lib/facts/project-facts";
import { contentFileDates, isTranslationOutdated } from "@/lib/history/file-dates";
import { readFactHistory } from "@/lib/history/git-history";
import { entriesOf } from "@/lib/history/scopes";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { categoryText, projectText, summaryOf } from "@/lib/i18n/localized";
import { messages } from "@/lib/i18n/messages";
import { pricesOfProject } from "@/lib/prices/index-table";
import { pageMetadata } from "@/lib/publish/metadata";
import { pagePaths } from "@/lib/site/paths";
import { editUrl, withBasePath } from "@/lib/site/urls";
import { dayText } from "@/lib/text/dates";

type Props = { params: Promise<{ slug: string }> };

async function find(params: Props["params"], locale: Locale) {
  const { slug } = await params;
  const content = loadContent();
  const project = content.projects.find((candidate) => candidate.slug === slug);
  const category = content.categories.find((candidate) => candidate.slug === project?.category);
  if (!project || !category) return undefined;
  return { content, project, category, categoryName: categoryText(content, category, locale).name };
}

const note =
  "w-fit rounded-md border border-amber-600 bg-amber-50 px-3 py-1.5 text-sm text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-200";

export function projectRoute(locale: Locale) {
  const m = messages(locale);
  return {
    generateStaticParams: () => loadContent().projects.map((project) => ({ slug: project.slug })),
    generateMetadata: async ({ params }: Props): Promise<Metadata> => {
      const found = await find(params, locale);
      if (!found) return {};
      return pageMetadata({
        title: found.project.name,
        description: m.project.metaDescription(
          projectText(found.content, found.project, locale).tagline,
          found.categoryName,
        ),
        path: pagePaths.project(found.project.slug),
        feedPath: pagePaths.projectFeed(found.project.slug),
        imageSlug: found.project.slug,
        locale,
      });
    },
    Page: async function ProjectPage({ params }: Props) {
      const found = await find(params, locale);
      if (!found) notFound();
      const { content, project, category, categoryName } = found;
      const text = projectText(content, project, locale);
      const isOutdated =
        text.translationFile !== undefined &&
        isTranslationOutdated(contentFileDates(), project.file, text.translationFile);
      const facts = projectFacts(project, categoryName, locale);
      const editHref = editUrl(text.translationFile ?? project.file);
      const prices = pricesOfProject(content.prices, project.slug);
      const history = readFactHistory();
      const ownHistory = entriesOf(
        { type: "project", slug: project.slug },
        history.entries,
        content.projects,
      );
      const related = relatedProjects(project, content.projects);
      return (
        <article className="flex max-w-4xl flex-col gap-8">
          <Breadcrumbs
            trail={[{ href: pagePaths.category(category.slug), label: categoryName }]}
            current={project.name}
            locale={locale}
          />
          <ProjectHeader
            project={project}
            tagline={text.tagline}
            category={{ slug: category.slug, name: categoryName }}
            facts={facts}
            isStale={isStale(project.lastReviewed)}
            locale={locale}
          />
          <p>
            <SiteLink
              href={pagePaths.compare([project.slug])}
              className="border-accent-600 hover:bg-accent-50 dark:border-accent-300 inline-block rounded-md border px-3 py-1.5 text-sm font-medium no-underline dark:hover:bg-slate-900"
            >
              {m.project.compareWith}
            </SiteLink>
          </p>
          {(!text.isTranslated || isOutdated) && (
            <p role="note" className={note}>
              {isOutdated ? m.project.englishNewer : m.project.notTranslated}{" "}
              <a href={withBasePath(localePath("en", pagePaths.project(project.slug)))} hrefLang="en">
                {m.project.englishVersion}
              </a>
            </p>
          )}
          <div
            className="prose-body max-w-3xl"
            {...(text.isTranslated ? {} : { lang: "en" })}
            dangerouslySetInnerHTML={{ __html: renderMarkdown(text.body) }}
          />
          <section aria-labelledby="facts">
            <h2 id="facts" className="mb-3 text-xl font-semibold">
              {m.project.facts}
            </h2>
            <FactsTable rows={facts} editHref={editHref} locale={locale} />
          </section>
          {(project.trust || category.isTrustRated) && (
            <TrustSection rows={trustRows(project, locale)} editHref={editHref} locale={locale} />
          )}
          {(prices.length > 0 || project.resources.includes("gpu")) && (
            <ProjectPrices observations={prices} checked={project.lastReviewed} locale={locale} />
          )}
          <section aria-labelledby="sources">
            <h2 id="sources" className="mb-3 text-xl font-semibold">
              {m.project.sources}
            </h2>
            <SourceList sources={project.sources} locale={locale} />
            <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">
              {m.project.lastReviewed(dayText(project.lastReviewed, locale))}{" "}
              {ownHistory[0] && <>{m.project.factsChanged(dayText(ownHistory[0].date, locale))} </>}
              <a href={editHref} rel="noopener noreferrer">
                {m.project.edit}
              </a>
            </p>
          </section>
          <ProjectHistory entries={ownHistory} status={history.status} locale={locale} />
          <FollowLink feedPath={pagePaths.projectFeed(project.slug)} about={project.name} locale={locale} />
          <ShareProject slug={project.slug} name={project.name} locale={locale} />
          {related.length > 0 && (
            <section aria-labelledby="related">
              <h2 id="related" className="mb-3 text-xl font-semibold">
                {m.project.related}
              </h2>
              <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
                {related.map((other) => (
                  <li key={other.slug} className="flex flex-col gap-1">
                    <ProjectCard project={summaryOf(content, other, locale)} locale={locale} />
                    <SiteLink href={pagePaths.compare([project.slug, other.slug])} className="text-sm">
                      {m.project.compareWithProject(other.name)}
                    </SiteLink>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </article>
      );
    },
  };
}
