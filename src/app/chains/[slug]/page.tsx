import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FacetPage } from "@/components/facet-page";
import { facetGroups } from "@/lib/browse";
import { loadContent } from "@/lib/content";
import { chains } from "@/lib/taxonomy";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export const generateStaticParams = () => chains.map((chain) => ({ slug: chain.slug }));

const findChain = (slug: string) => chains.find((chain) => chain.slug === slug);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const chain = findChain((await params).slug);
  return chain
    ? {
        title: `Projects on ${chain.name}`,
        description: `Decentralized-AI projects on ${chain.name}. ${chain.description}`,
      }
    : {};
}

export default async function ChainPage({ params }: Props) {
  const chain = findChain((await params).slug);
  if (!chain) notFound();
  const { projects, categories } = loadContent();
  return (
    <FacetPage
      title={`Projects on ${chain.name}`}
      entry={chain}
      parent={{ href: "/chains/", label: "Chains" }}
      groups={facetGroups(projects, categories, "chain", chain.slug)}
    />
  );
}
