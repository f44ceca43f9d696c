import type { Metadata } from "next";
import type { ReactNode } from "react";
import { siteMetadata } from "@/lib/publish/metadata";
import "../globals.css";

// Embeds are meant to sit in other sites' iframes: no header or footer. Each names its full page as canonical.
export const metadata: Metadata = siteMetadata;

export default function EmbedLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="p-3 text-sm">
        <main>{children}</main>
      </body>
    </html>
  );
}
