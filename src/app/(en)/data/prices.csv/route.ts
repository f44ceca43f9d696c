import { loadContent } from "@/lib/content/load";
import { toPriceCsvRows, toPriceRecords } from "@/lib/prices/records";
import { toCsv } from "@/lib/publish/csv";

// Written once at build time, from the same records as prices.json.
export const dynamic = "force-static";

export const GET = () => {
  const { prices, projects } = loadContent();
  return new Response(toCsv(toPriceCsvRows(toPriceRecords(prices, projects))), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
};
