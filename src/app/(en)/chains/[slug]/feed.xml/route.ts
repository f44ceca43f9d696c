import { scopedFeedRoute } from "@/app/_pages/feed";

export const dynamic = "force-static";
export const dynamicParams = false;

export const { generateStaticParams, GET } = scopedFeedRoute("chain");
