import { ImageResponse } from "next/og";
import { OgCard, ogSize } from "@/components/og-card";
import { loadContent } from "@/lib/content/load";
import { siteDescription, siteName } from "@/lib/site/urls";

// Open Graph pictures written at build time as /og/<project-slug>.png, plus /og/site.png for every other page.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return [
    { image: "site.png" },
    ...loadContent().projects.map((project) => ({ image: `${project.slug}.png` })),
  ];
}

export async function GET(_request: Request, { params }: { params: Promise<{ image: string }> }) {
  const slug = (await params).image.replace(/\.png$/, "");
  const project = loadContent().projects.find((candidate) => candidate.slug === slug);
  const card = project ? (
    <OgCard title={project.name} subtitle={project.tagline} slug={project.slug} />
  ) : (
    <OgCard title={siteName} subtitle={siteDescription} slug="deai-atlas" />
  );
  return new ImageResponse(card, ogSize);
}
