import { loadContent } from "@/lib/content/load";
import { toProjectRecords } from "@/lib/publish/project-records";

// Written once at build time: the open-data download, also what the compare page reads.
export const dynamic = "force-static";

export const GET = () => Response.json(toProjectRecords(loadContent().projects));
