import { loadContent } from "@/lib/content";
import { categoriesData } from "@/lib/open-data";

export const dynamic = "force-static";

export const GET = () => Response.json(categoriesData(loadContent()));
