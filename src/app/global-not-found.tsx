import type { Metadata } from "next";
import { SiteChrome } from "@/components/site-chrome";
import { SiteLink } from "@/components/site-link";
import { siteMetadata } from "@/lib/publish/metadata";
import "./globals.css";

export const metadata: Metadata = {
  ...siteMetadata,
  title: "Page not found",
  description: "There is no page at this address in DeAI Atlas.",
};

// The site has several root layouts (per language, and the embeds), so the 404 page brings its own <html>.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <SiteChrome locale="en" twinPath="/">
        <div className="max-w-2xl">
          <h1 className="text-3xl font-bold tracking-tight">Page not found</h1>
          <p className="mt-3">
            There is no page at this address. It may have been renamed; projects keep their address even when
            the project changes its name.
          </p>
          <p className="mt-3">
            <SiteLink href="/">Browse all categories</SiteLink>
          </p>
        </div>
      </SiteChrome>
    </html>
  );
}
