import type { MetadataRoute } from "next";
import { loadContent } from "@/lib/content/load";
import { locales, localePath } from "@/lib/i18n/locales";
import { languageAlternates } from "@/lib/publish/metadata";
import { editionPaths } from "@/lib/publish/sitemap";
import { absoluteUrl } from "@/lib/site/urls";
import { pagePaths } from "@/lib/site/paths";

export const dynamic = "force-static";

// Both editions of every page, each naming its twins; embeds are English only.
export default function sitemap(): MetadataRoute.Sitemap {
  const content = loadContent();
  return [
    ...locales.flatMap((locale) =>
      editionPaths(content).map((path) => ({
        url: absoluteUrl(localePath(locale, path)),
        alternates: { languages: languageAlternates(path) },
      })),
    ),
    ...content.projects.map((project) => ({ url: absoluteUrl(pagePaths.embedProject(project.slug)) })),
  ];
}
