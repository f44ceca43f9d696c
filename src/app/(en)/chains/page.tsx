import type { Metadata } from "next";
import { pagePaths } from "@/lib/site/paths";
import { pageMetadata } from "@/lib/publish/metadata";
import { FacetIndex } from "@/components/facet-index";
import { countByFacet } from "@/lib/browse/groups";
import { loadContent } from "@/lib/content/load";
import { chains } from "@/lib/facts/chains";
import { slugsOf } from "@/lib/facts/taxonomy";

export const metadata: Metadata = pageMetadata({
  title: "Chains",
  description:
    "Every blockchain that decentralized-AI projects in the directory run on or issue tokens on, with counts.",
  path: pagePaths.chains,
});

export default function ChainsPage() {
  const { projects } = loadContent();
  return (
    <FacetIndex
      title="Chains"
      intro="The blockchains the projects run on, issue their tokens on or settle payments on. A project's own layer 1 is listed under its own name."
      section="chains"
      entries={chains}
      counts={countByFacet(projects, "chain", slugsOf(chains))}
    />
  );
}
