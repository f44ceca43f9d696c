import { loadContent } from "@/lib/content/load";
import { toCsv } from "@/lib/publish/csv";
import { toProjectCsvRows, toProjectRecords } from "@/lib/publish/project-records";

// Written once at build time, from the same records as projects.json.
export const dynamic = "force-static";

export const GET = () =>
  new Response(toCsv(toProjectCsvRows(toProjectRecords(loadContent().projects))), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
