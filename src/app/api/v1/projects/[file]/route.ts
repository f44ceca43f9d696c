import { loadContent } from "@/lib/content/load";
import { readFactHistory } from "@/lib/history/git-history";
import { apiProject } from "@/lib/publish/api";
import { buildTime } from "@/lib/site/build-date";

// One file per project, written at build time as /api/v1/projects/<slug>.json.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return loadContent().projects.map((project) => ({ file: `${project.slug}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const slug = (await params).file.replace(/\.json$/, "");
  const content = loadContent();
  const project = content.projects.find((candidate) => candidate.slug === slug)!;
  return Response.json(apiProject(project, content, readFactHistory(), buildTime));
}
