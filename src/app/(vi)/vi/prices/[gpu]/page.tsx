import { gpuPricesRoute } from "@/app/_pages/prices";

export const dynamicParams = false;

const route = gpuPricesRoute("vi");
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
