"use client";

import { useLocale } from "@/components/use-locale";
import type { Locale } from "@/lib/i18n/locales";
import { clientMessages } from "@/lib/i18n/messages/client";
import type { ClientMessages } from "@/lib/i18n/messages/client-en";

/** The browser-side interface text of the reader's edition. */
export function useMessages(): ClientMessages & { locale: Locale } {
  const { locale } = useLocale();
  return { ...clientMessages(locale), locale };
}
