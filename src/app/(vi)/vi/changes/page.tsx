import { changesRoute } from "@/app/_pages/changes";

const route = changesRoute("vi");
export const generateMetadata = route.generateMetadata;
export default route.Page;
