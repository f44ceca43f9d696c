import { dataRoute } from "@/app/_pages/simple";

const route = dataRoute("en");
export const generateMetadata = route.generateMetadata;
export default route.Page;
