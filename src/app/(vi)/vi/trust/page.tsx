import { trustRoute } from "@/app/_pages/trust";

const route = trustRoute("vi");
export const generateMetadata = route.generateMetadata;
export default route.Page;
