import { loadContent } from "@/lib/content/load";
import { badgeSvg } from "@/lib/publish/badge";

// One SVG badge per project, written at build time as /badges/<slug>.svg.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return loadContent().projects.map((project) => ({ badge: `${project.slug}.svg` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ badge: string }> }) {
  const slug = (await params).badge.replace(/\.svg$/, "");
  const project = loadContent().projects.find((candidate) => candidate.slug === slug)!;
  return new Response(badgeSvg(project), { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
}
