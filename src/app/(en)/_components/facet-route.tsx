import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FacetPage } from "@/components/facet-page";
import { facetGroups, type FacetKind } from "@/lib/browse/groups";
import { loadContent } from "@/lib/content/load";
import { pageMetadata } from "@/lib/publish/metadata";
import { chains } from "@/lib/facts/chains";
import { resources, type TaxonomyEntry } from "@/lib/facts/taxonomy";
import { pagePaths } from "@/lib/site/paths";
import { rolesOnChain } from "@/lib/facts/project-facts";

type Props = { params: Promise<{ slug: string }> };

const facets: Record<
  FacetKind,
  {
    section: "chains" | "resources";
    label: string;
    entries: readonly TaxonomyEntry[];
    title: (name: string) => string;
  }
> = {
  chain: { section: "chains", label: "Chains", entries: chains, title: (name) => `Projects on ${name}` },
  resource: {
    section: "resources",
    label: "Resources",
    entries: resources,
    title: (name) => `Projects supplying ${name}`,
  },
};

/** The static params, metadata and page of /chains/<slug>/ or /resources/<slug>/. */
export function facetRoute(kind: FacetKind) {
  const { section, label, entries, title } = facets[kind];
  const find = async (params: Props["params"]) => {
    const { slug } = await params;
    return entries.find((entry) => entry.slug === slug);
  };
  return {
    generateStaticParams: () => entries.map((entry) => ({ slug: entry.slug })),
    generateMetadata: async ({ params }: Props): Promise<Metadata> => {
      const entry = await find(params);
      if (!entry) return {};
      const count = facetGroups(loadContent().projects, loadContent().categories, kind, entry.slug).flatMap(
        (group) => group.projects,
      ).length;
      return pageMetadata({
        title: title(entry.name),
        description: `${count} decentralized-AI projects in the directory. ${entry.description}`,
        path: pagePaths.facetValue(section, entry.slug),
        ...(kind === "chain" ? { feedPath: pagePaths.chainFeed(entry.slug) } : {}),
      });
    },
    Page: async function FacetRoutePage({ params }: Props) {
      const entry = await find(params);
      if (!entry) notFound();
      const { projects, categories } = loadContent();
      const groups = facetGroups(projects, categories, kind, entry.slug);
      // On a chain page each card says how the project sits there: its own chain, its token (bridged?) or contracts.
      const notes =
        kind === "chain"
          ? new Map(
              groups.flatMap((group) =>
                group.projects.map((project) => [
                  project.slug,
                  `On ${entry.name}: ${rolesOnChain(project, entry.slug)}`,
                ]),
              ),
            )
          : undefined;
      return (
        <FacetPage
          title={title(entry.name)}
          entry={entry}
          parent={{ href: pagePaths[section], label }}
          groups={groups}
          {...(notes ? { notes, feedPath: pagePaths.chainFeed(entry.slug) } : {})}
        />
      );
    },
  };
}
