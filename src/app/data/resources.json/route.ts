import { countByFacet } from "@/lib/browse";
import { loadContent } from "@/lib/content";
import { vocabularyData } from "@/lib/open-data";
import { resources, slugsOf } from "@/lib/taxonomy";

export const dynamic = "force-static";

export function GET() {
  const counts = countByFacet(loadContent().projects, "resource", slugsOf(resources));
  return Response.json(vocabularyData(resources, (slug) => counts.get(slug) ?? 0, "resources"));
}
