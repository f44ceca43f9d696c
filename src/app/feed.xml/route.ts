import { siteFeed } from "@/app/(en)/_components/feed-route";

export const dynamic = "force-static";

export const GET = siteFeed;
