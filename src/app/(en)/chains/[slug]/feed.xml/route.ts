import { scopedFeedRoute } from "@/app/(en)/_components/feed-route";

export const dynamic = "force-static";
export const dynamicParams = false;

export const { generateStaticParams, GET } = scopedFeedRoute("chain");
