"use client";

import { usePathname } from "next/navigation";
import { localePath, splitLocale, type Locale } from "@/lib/i18n/locales";

/** The reader's edition, from the address, and a way to write a page path within it. */
export function useLocale(): { locale: Locale; pathIn: (path: string) => string } {
  const { locale } = splitLocale(usePathname() ?? "/");
  return { locale, pathIn: (path) => localePath(locale, path) };
}
