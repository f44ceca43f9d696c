import { projectRoute } from "@/app/_pages/project";

export const dynamicParams = false;

const route = projectRoute("vi");
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
