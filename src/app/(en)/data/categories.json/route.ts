import { loadContent } from "@/lib/content/load";
import { categoriesData } from "@/lib/publish/open-data";

export const dynamic = "force-static";

export const GET = () => Response.json(categoriesData(loadContent()));
