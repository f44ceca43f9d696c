"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ComponentProps } from "react";
import { hasEditions, localePath, splitLocale } from "@/lib/i18n/locales";

/**
 * An internal link within the reader's edition: a page path such as `/projects/x/` leads to `/vi/projects/x/` from
 * a Vietnamese page; files such as `/feed.xml` and the embeds stay where they are. Without prefetching: pages are small static files, so a click loads fast anyway, while
 * prefetching every link in view fetched dozens of payloads during page load and kept the main thread busy.
 */
export function SiteLink({ href, ...props }: ComponentProps<typeof Link>) {
  const { locale } = splitLocale(usePathname() ?? "/");
  const target =
    typeof href === "string" && href.startsWith("/") && hasEditions(href) ? localePath(locale, href) : href;
  return <Link prefetch={false} href={target} {...props} />;
}
