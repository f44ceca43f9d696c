import { pricesRoute } from "@/app/_pages/prices";

const route = pricesRoute("vi");
export const generateMetadata = route.generateMetadata;
export default route.Page;
