import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteChrome } from "@/components/site-chrome";
import { siteMetadata } from "@/lib/publish/metadata";
import "../globals.css";

export const metadata: Metadata = siteMetadata;

// One of the site's root layouts (English; the Vietnamese edition and the embeds have their own), so each page's
// <html lang> is right.
export default function EnglishLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <SiteChrome>{children}</SiteChrome>
    </html>
  );
}
