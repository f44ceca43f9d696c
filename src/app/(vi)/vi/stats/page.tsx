import { statsRoute } from "@/app/_pages/overview";

const route = statsRoute("vi");
export const generateMetadata = route.generateMetadata;
export default route.Page;
