import { pricesRoute } from "@/app/_pages/prices";

const route = pricesRoute("en");
export const generateMetadata = route.generateMetadata;
export default route.Page;
