import { countByFacet } from "@/lib/browse/groups";
import { loadContent } from "@/lib/content/load";
import { vocabularyData } from "@/lib/publish/open-data";
import { resources, slugsOf } from "@/lib/facts/taxonomy";

export const dynamic = "force-static";

export function GET() {
  const counts = countByFacet(loadContent().projects, "resource", slugsOf(resources));
  return Response.json(vocabularyData(resources, (slug) => counts.get(slug) ?? 0, "resources"));
}
