import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FacetIndex } from "@/components/facet-index";
import { FacetPage } from "@/components/facet-page";
import { countByFacet, hasFacetValue, type FacetKind } from "@/lib/browse/groups";
import { loadContent } from "@/lib/content/load";
import { chains } from "@/lib/facts/chains";
import { rolesOnChain } from "@/lib/facts/project-facts";
import { resources } from "@/lib/facts/taxonomy";
import type { Locale } from "@/lib/i18n/locales";
import { summaryGroups } from "@/lib/i18n/localized";
import { messages } from "@/lib/i18n/messages";
import { termDescription, termName } from "@/lib/i18n/vocabulary";
import { pageMetadata } from "@/lib/publish/metadata";
import { pagePaths } from "@/lib/site/paths";

type Props = { params: Promise<{ slug: string }> };

const vocabularies = {
  chain: { section: "chains", entries: chains, terms: "chains" },
  resource: { section: "resources", entries: resources, terms: "resources" },
} as const;

const entryOf = (locale: Locale, kind: FacetKind, slug: string) => {
  const { terms } = vocabularies[kind];
  const entry = (vocabularies[kind].entries as readonly { slug: string; ownChainOf?: string }[]).find(
    (candidate) => candidate.slug === slug,
  );
  return (
    entry && {
      slug,
      name: termName(locale, terms, slug),
      description: termDescription(locale, terms, slug),
      isOwnChain: "ownChainOf" in entry && entry.ownChainOf !== undefined,
    }
  );
};

/** /chains/ or /resources/: every value of the vocabulary with its description and count. */
export function facetIndexRoute(locale: Locale, kind: FacetKind) {
  const m = messages(locale);
  const { section, entries } = vocabularies[kind];
  const texts =
    kind === "chain"
      ? { title: m.facets.chainsTitle, description: m.facets.chainsDescription, intro: m.facets.chainsIntro }
      : {
          title: m.facets.resourcesTitle,
          description: m.facets.resourcesDescription,
          intro: m.facets.resourcesIntro,
        };
  return {
    generateMetadata: (): Metadata =>
      pageMetadata({ title: texts.title, description: texts.description, path: pagePaths[section], locale }),
    Page: function FacetIndexPage() {
      const slugs = entries.map((entry) => entry.slug);
      return (
        <FacetIndex
          title={texts.title}
          intro={texts.intro}
          section={section}
          entries={slugs.map((slug) => entryOf(locale, kind, slug)!)}
          counts={countByFacet(loadContent().projects, kind, slugs)}
          locale={locale}
        />
      );
    },
  };
}

/** The static params, metadata and page of /chains/<slug>/ or /resources/<slug>/. */
export function facetRoute(locale: Locale, kind: FacetKind) {
  const m = messages(locale);
  const { section, entries } = vocabularies[kind];
  const title = (name: string) => (kind === "chain" ? m.facets.onChain(name) : m.facets.supplying(name));
  const find = async (params: Props["params"]) => entryOf(locale, kind, (await params).slug);
  const projectsOf = (slug: string) =>
    loadContent().projects.filter((project) => hasFacetValue(project, kind, slug));
  return {
    generateStaticParams: () => entries.map((entry) => ({ slug: entry.slug })),
    generateMetadata: async ({ params }: Props): Promise<Metadata> => {
      const entry = await find(params);
      if (!entry) return {};
      return pageMetadata({
        title: title(entry.name),
        description: m.facets.metaDescription(projectsOf(entry.slug).length, entry.description),
        path: pagePaths.facetValue(section, entry.slug),
        locale,
        ...(kind === "chain" ? { feedPath: pagePaths.chainFeed(entry.slug) } : {}),
      });
    },
    Page: async function FacetValuePage({ params }: Props) {
      const entry = await find(params);
      if (!entry) notFound();
      const content = loadContent();
      const members = projectsOf(entry.slug);
      const groups = summaryGroups(content, members, locale).filter((group) => group.projects.length > 0);
      // On a chain page each card says how the project sits there: its own chain, its token (bridged?) or contracts.
      const notes =
        kind === "chain"
          ? new Map(
              members.map((project) => [
                project.slug,
                m.facets.roleOn(entry.name, rolesOnChain(project, entry.slug, locale)),
              ]),
            )
          : undefined;
      return (
        <FacetPage
          title={title(entry.name)}
          name={entry.name}
          description={entry.description}
          parent={{
            href: pagePaths[section],
            label: kind === "chain" ? m.facets.chainsTitle : m.facets.resourcesTitle,
          }}
          groups={groups}
          locale={locale}
          {...(notes ? { notes, feedPath: pagePaths.chainFeed(entry.slug) } : {})}
        />
      );
    },
  };
}
