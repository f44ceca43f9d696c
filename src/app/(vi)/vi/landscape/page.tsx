import { landscapeRoute } from "@/app/_pages/overview";

const route = landscapeRoute("vi");
export const generateMetadata = route.generateMetadata;
export default route.Page;
