import { apiIndexJsonSchema } from "@/lib/publish/api";

export const dynamic = "force-static";

export const GET = () => Response.json(apiIndexJsonSchema());
