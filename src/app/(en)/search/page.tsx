import { searchRoute } from "@/app/_pages/interactive";

const route = searchRoute("en");
export const generateMetadata = route.generateMetadata;
export default route.Page;
