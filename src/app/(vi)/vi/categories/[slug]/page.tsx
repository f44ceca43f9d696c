import { categoryRoute } from "@/app/_pages/category";

export const dynamicParams = false;

const route = categoryRoute("vi");
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
