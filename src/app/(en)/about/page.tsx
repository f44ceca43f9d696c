import { aboutRoute } from "@/app/_pages/simple";

const route = aboutRoute("en");
export const generateMetadata = route.generateMetadata;
export default route.Page;
