import { loadContent } from "@/lib/content";
import { toSearchFile } from "@/lib/search-records";

// Written once at build time; the search page downloads it when search is first used.
export const dynamic = "force-static";

export function GET() {
  const { projects, categories } = loadContent();
  return Response.json(toSearchFile(projects, categories));
}
