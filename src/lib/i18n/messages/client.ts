// The browser-side interface text of an edition (small: both editions ship with the parts that need them).
import type { Locale } from "../locales";
import { clientEn, type ClientMessages } from "./client-en";
import { clientVi } from "./client-vi";

const byLocale: Record<Locale, ClientMessages> = { en: clientEn, vi: clientVi };

export const clientMessages = (locale: Locale): ClientMessages => byLocale[locale];
