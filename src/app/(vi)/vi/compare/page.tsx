import { compareRoute } from "@/app/_pages/interactive";

const route = compareRoute("vi");
export const generateMetadata = route.generateMetadata;
export default route.Page;
