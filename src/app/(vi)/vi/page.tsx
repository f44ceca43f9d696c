import { homeRoute } from "@/app/_pages/home";

const route = homeRoute("vi");
export const generateMetadata = route.generateMetadata;
export default route.Page;
