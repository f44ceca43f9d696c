import { landscapeRoute } from "@/app/_pages/overview";

const route = landscapeRoute("en");
export const generateMetadata = route.generateMetadata;
export default route.Page;
