import { changesRoute } from "@/app/_pages/changes";

const route = changesRoute("en");
export const generateMetadata = route.generateMetadata;
export default route.Page;
