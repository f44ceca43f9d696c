import { projectJsonSchema } from "@/lib/publish/open-data";

export const dynamic = "force-static";

export const GET = () => Response.json(projectJsonSchema());
