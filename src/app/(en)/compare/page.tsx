import { compareRoute } from "@/app/_pages/interactive";

const route = compareRoute("en");
export const generateMetadata = route.generateMetadata;
export default route.Page;
