import { loadContent } from "@/lib/content/load";
import { apiIndex } from "@/lib/publish/api";
import { buildTime } from "@/lib/site/build-date";

export const dynamic = "force-static";

export const GET = () => Response.json(apiIndex(loadContent(), buildTime));
