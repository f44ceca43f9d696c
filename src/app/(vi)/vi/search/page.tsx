import { searchRoute } from "@/app/_pages/interactive";

const route = searchRoute("vi");
export const generateMetadata = route.generateMetadata;
export default route.Page;
