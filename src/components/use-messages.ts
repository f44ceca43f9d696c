"use client";

import { useLocale } from "@/components/use-locale";
import { clientEn, type ClientMessages } from "@/lib/i18n/messages/client-en";
import { clientVi } from "@/lib/i18n/messages/client-vi";
import type { Locale } from "@/lib/i18n/locales";

const byLocale: Record<Locale, ClientMessages> = { en: clientEn, vi: clientVi };

/** The browser-side interface text of the reader's edition. */
export function useMessages(): ClientMessages & { locale: Locale } {
  const { locale } = useLocale();
  return { ...byLocale[locale], locale };
}
