import { countByFacet } from "@/lib/browse/groups";
import { loadContent } from "@/lib/content/load";
import { vocabularyData } from "@/lib/publish/open-data";
import { chains } from "@/lib/facts/chains";
import { slugsOf } from "@/lib/facts/taxonomy";

export const dynamic = "force-static";

export function GET() {
  const counts = countByFacet(loadContent().projects, "chain", slugsOf(chains));
  return Response.json(vocabularyData(chains, (slug) => counts.get(slug) ?? 0, "chains"));
}
