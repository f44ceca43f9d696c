import { projectRoute } from "@/app/_pages/project";

export const dynamicParams = false;

const route = projectRoute("en");
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
