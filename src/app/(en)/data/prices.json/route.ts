import { loadContent } from "@/lib/content/load";
import { toPriceRecords } from "@/lib/prices/records";

export const dynamic = "force-static";

export const GET = () => {
  const { prices, projects } = loadContent();
  return Response.json(toPriceRecords(prices, projects));
};
