import type { NextConfig } from "next";
import { exportDirFor, publishedExportDir } from "./scripts/lib/export-dir";

// NEXT_PUBLIC_BASE_PATH serves the export under a sub-path (GitHub Pages: "/deai-atlas"); empty for a domain root.
const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? "";
// With a static export, a custom distDir is where the export goes: out/ for the site, out-test/ for the test build.
const exportDir = exportDirFor(process.env);

const nextConfig: NextConfig = {
  output: "export",
  trailingSlash: true,
  basePath,
  images: { unoptimized: true },
  poweredByHeader: false,
  // The site has a root layout per language and one for embeds; unmatched addresses get global-not-found.tsx.
  experimental: { globalNotFound: true },
  ...(exportDir === publishedExportDir ? {} : { distDir: exportDir }),
};

export default nextConfig;
