import type { MetadataRoute } from "next";
import { loadContent } from "@/lib/content/load";
import { absoluteUrl } from "@/lib/site/urls";
import { sitePaths } from "@/lib/publish/sitemap";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  return sitePaths(loadContent()).map((path) => ({ url: absoluteUrl(path) }));
}
