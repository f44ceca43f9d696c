import type { ReactNode } from "react";
import { SiteChrome } from "@/components/site-chrome";
import { editionMetadata } from "@/lib/publish/metadata";
import "../globals.css";

export const metadata = editionMetadata("vi");

// The Vietnamese edition's root layout: every page under /vi/ is the twin of an English page.
export default function VietnameseLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="vi">
      <SiteChrome locale="vi">{children}</SiteChrome>
    </html>
  );
}
