import { dataRoute } from "@/app/_pages/simple";

const route = dataRoute("vi");
export const generateMetadata = route.generateMetadata;
export default route.Page;
