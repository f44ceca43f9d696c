import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * An internal link without prefetching. Pages are small static files, so a click loads fast anyway, while
 * prefetching every link in view fetched dozens of payloads during page load and kept the main thread busy.
 */
export function SiteLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}
