import type { Metadata } from "next";
import { pagePaths } from "@/lib/site/paths";
import { pageMetadata } from "@/lib/publish/metadata";
import { FacetIndex } from "@/components/facet-index";
import { countByFacet } from "@/lib/browse/groups";
import { loadContent } from "@/lib/content/load";
import { resources, slugsOf } from "@/lib/facts/taxonomy";

export const metadata: Metadata = pageMetadata({
  title: "Resources",
  description:
    "What decentralized-AI networks supply, from GPUs and storage to data, models and proofs, with counts.",
  path: pagePaths.resources,
});

export default function ResourcesPage() {
  const { projects } = loadContent();
  return (
    <FacetIndex
      title="Resources"
      intro="What the networks supply to their users: hardware such as GPUs and storage, or outputs such as data, models and proofs."
      section="resources"
      entries={resources}
      counts={countByFacet(projects, "resource", slugsOf(resources))}
    />
  );
}
