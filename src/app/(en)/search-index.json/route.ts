import { loadContent } from "@/lib/content/load";
import { toSearchFile } from "@/lib/search/search-file";

// Written once at build time; the search page downloads it when search is first used.
export const dynamic = "force-static";

export function GET() {
  const { projects, categories } = loadContent();
  return Response.json(toSearchFile(projects, categories));
}
