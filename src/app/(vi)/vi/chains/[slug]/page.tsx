import { facetRoute } from "@/app/_pages/facet";

export const dynamicParams = false;

const route = facetRoute("vi", "chain");
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
