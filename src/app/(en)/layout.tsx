import type { ReactNode } from "react";
import { SiteChrome } from "@/components/site-chrome";
import { editionMetadata } from "@/lib/publish/metadata";
import "../globals.css";

export const metadata = editionMetadata("en");

// One of the site's root layouts (the Vietnamese edition and the embeds have their own), so each page's
// <html lang> is right.
export default function EnglishLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <SiteChrome locale="en">{children}</SiteChrome>
    </html>
  );
}
