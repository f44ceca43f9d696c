import type { NextConfig } from "next";

// NEXT_PUBLIC_BASE_PATH serves the export under a sub-path (GitHub Pages: "/deai-atlas"); empty for a domain root.
const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? "";

const nextConfig: NextConfig = {
  output: "export",
  trailingSlash: true,
  basePath,
  images: { unoptimized: true },
  poweredByHeader: false,
};

export default nextConfig;
