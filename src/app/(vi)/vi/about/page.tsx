import { aboutRoute } from "@/app/_pages/simple";

const route = aboutRoute("vi");
export const generateMetadata = route.generateMetadata;
export default route.Page;
