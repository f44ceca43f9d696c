import { facetIndexRoute } from "@/app/_pages/facet";

const route = facetIndexRoute("vi", "resource");
export const generateMetadata = route.generateMetadata;
export default route.Page;
