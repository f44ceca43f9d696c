import { trustRoute } from "@/app/_pages/trust";

const route = trustRoute("en");
export const generateMetadata = route.generateMetadata;
export default route.Page;
