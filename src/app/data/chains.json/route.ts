import { countByFacet } from "@/lib/browse";
import { loadContent } from "@/lib/content";
import { vocabularyData } from "@/lib/open-data";
import { chains, slugsOf } from "@/lib/taxonomy";

export const dynamic = "force-static";

export function GET() {
  const counts = countByFacet(loadContent().projects, "chain", slugsOf(chains));
  return Response.json(vocabularyData(chains, (slug) => counts.get(slug) ?? 0, "chains"));
}
