import type { MetadataRoute } from "next";
import { loadContent } from "@/lib/content";
import { absoluteUrl } from "@/lib/site";
import { sitePaths } from "@/lib/sitemap";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  return sitePaths(loadContent()).map((path) => ({ url: absoluteUrl(path) }));
}
