import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FacetPage } from "@/components/facet-page";
import { facetGroups } from "@/lib/browse";
import { loadContent } from "@/lib/content";
import { resources } from "@/lib/taxonomy";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export const generateStaticParams = () => resources.map((resource) => ({ slug: resource.slug }));

const findResource = (slug: string) => resources.find((resource) => resource.slug === slug);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const resource = findResource((await params).slug);
  return resource
    ? {
        title: `Projects supplying ${resource.name}`,
        description: `Decentralized-AI projects that supply ${resource.name.toLowerCase()}. ${resource.description}`,
      }
    : {};
}

export default async function ResourcePage({ params }: Props) {
  const resource = findResource((await params).slug);
  if (!resource) notFound();
  const { projects, categories } = loadContent();
  return (
    <FacetPage
      title={`Projects supplying ${resource.name}`}
      entry={resource}
      parent={{ href: "/resources/", label: "Resources" }}
      groups={facetGroups(projects, categories, "resource", resource.slug)}
    />
  );
}
