// The interface text of an edition.
import type { Locale } from "../locales";
import { en, type Messages } from "./en";
import { vi } from "./vi";

const byLocale: Record<Locale, Messages> = { en, vi };

export const messages = (locale: Locale): Messages => byLocale[locale];
export type { Messages };
