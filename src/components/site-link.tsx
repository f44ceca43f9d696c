"use client";

import { usePathname } from "next/navigation";
import type { ComponentProps } from "react";
import { hasEditions, localePath, splitLocale } from "@/lib/i18n/locales";
import { withBasePath } from "@/lib/site/urls";

type Props = Omit<ComponentProps<"a">, "href"> & { href: string };

/**
 * An internal link within the reader's edition: a page path such as `/projects/x/` leads to `/vi/projects/x/` from
 * a Vietnamese page; files such as `/feed.xml` and the embeds stay where they are. A plain link, not next/link:
 * the pages are small static files that load fast anyway, and a client-side router link costs hydration work on
 * every link of a page.
 */
export function SiteLink({ href, ...props }: Props) {
  const { locale } = splitLocale(usePathname() ?? "/");
  const target = href.startsWith("/") && hasEditions(href) ? localePath(locale, href) : href;
  return <a href={href.startsWith("/") ? withBasePath(target) : target} {...props} />;
}
