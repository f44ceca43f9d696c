import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CategoryBrowser } from "@/components/category-browser";
import { FollowLink } from "@/components/follow-link";
import { sortOrders } from "@/lib/browse/sort-orders";
import { chains } from "@/lib/facts/chains";
import { resources } from "@/lib/facts/taxonomy";
import { loadContent } from "@/lib/content/load";
import { renderMarkdown } from "@/lib/content/markdown";
import type { Locale } from "@/lib/i18n/locales";
import { categoryText, summaryOf } from "@/lib/i18n/localized";
import { messages } from "@/lib/i18n/messages";
import { termName } from "@/lib/i18n/vocabulary";
import { pageMetadata } from "@/lib/publish/metadata";
import { pagePaths } from "@/lib/site/paths";
import { compareText } from "@/lib/text/order";

type Props = { params: Promise<{ slug: string }> };

const distinct = (lists: string[][]) => [...new Set(lists.flat())].sort();

async function find(params: Props["params"], locale: Locale) {
  const { slug } = await params;
  const content = loadContent();
  const category = content.categories.find((candidate) => candidate.slug === slug);
  if (!category) return undefined;
  const projects = content.projects
    .filter((project) => project.category === slug)
    .sort((a, b) => compareText(a.name, b.name));
  return { content, category, text: categoryText(content, category, locale), projects };
}

export function categoryRoute(locale: Locale) {
  const m = messages(locale);
  return {
    generateStaticParams: () => loadContent().categories.map((category) => ({ slug: category.slug })),
    generateMetadata: async ({ params }: Props): Promise<Metadata> => {
      const found = await find(params, locale);
      if (!found) return {};
      return pageMetadata({
        title: found.text.name,
        description: m.category.metaDescription(found.projects.length, found.text.name),
        path: pagePaths.category(found.category.slug),
        feedPath: pagePaths.categoryFeed(found.category.slug),
        locale,
      });
    },
    Page: async function CategoryPage({ params }: Props) {
      const found = await find(params, locale);
      if (!found) notFound();
      const { content, category, text, projects } = found;
      const summaries = projects.map((project) => summaryOf(content, project, locale));
      const chainSlugs = distinct(projects.map((project) => project.chains));
      const resourceSlugs = distinct(projects.map((project) => project.resources));
      const names = {
        chain: Object.fromEntries(chains.map(({ slug }) => [slug, termName(locale, "chains", slug)])),
        resource: Object.fromEntries(
          resources.map(({ slug }) => [slug, termName(locale, "resources", slug)]),
        ),
        sort: Object.fromEntries(
          Object.keys(sortOrders).map((slug) => [slug, termName(locale, "sortOrders", slug)]),
        ),
      };
      return (
        <div className="flex flex-col gap-6">
          <Breadcrumbs trail={[]} current={text.name} locale={locale} />
          <h1 className="text-3xl font-bold tracking-tight">{text.name}</h1>
          <div
            className="prose-body max-w-3xl"
            dangerouslySetInnerHTML={{ __html: renderMarkdown(text.body) }}
          />
          <FollowLink
            feedPath={pagePaths.categoryFeed(category.slug)}
            about={m.category.follow(text.name)}
            locale={locale}
          />
          <h2 className="text-xl font-semibold">{m.counts.projects(projects.length)}</h2>
          {/* Prerendered with every project of the category: that is the page without JavaScript. */}
          <CategoryBrowser
            projects={summaries}
            names={names}
            chainSlugs={chainSlugs}
            resourceSlugs={resourceSlugs}
          />
        </div>
      );
    },
  };
}
