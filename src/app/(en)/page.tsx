import { homeRoute } from "@/app/_pages/home";

const route = homeRoute("en");
export const generateMetadata = route.generateMetadata;
export default route.Page;
