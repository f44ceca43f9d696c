import { facetRoute } from "@/app/(en)/_components/facet-route";

const route = facetRoute("chain");

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
