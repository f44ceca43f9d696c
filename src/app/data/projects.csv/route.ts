import { loadContent } from "@/lib/content";
import { toCsv } from "@/lib/csv";
import { toProjectCsvRows, toProjectRecords } from "@/lib/export";

// Written once at build time, from the same records as projects.json.
export const dynamic = "force-static";

export const GET = () =>
  new Response(toCsv(toProjectCsvRows(toProjectRecords(loadContent().projects))), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
