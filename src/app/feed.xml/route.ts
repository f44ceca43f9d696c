import { siteFeed } from "@/app/_pages/feed";

export const dynamic = "force-static";

export const GET = siteFeed;
