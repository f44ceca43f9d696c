import { projectJsonSchema } from "@/lib/open-data";

export const dynamic = "force-static";

export const GET = () => Response.json(projectJsonSchema());
