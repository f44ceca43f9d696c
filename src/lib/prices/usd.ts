// A price per GPU-hour as the edition writes it; small, so the browser-side price table can use it.
import type { Locale } from "../i18n/locales";
import { numberText } from "../text/dates";

/** "$2.49", "$0.125" (three decimals under a dollar), "$2,49" in Vietnamese; trailing zeros dropped. */
export const usd = (value: number, locale: Locale = "en") =>
  `$${numberText(value, locale, value < 1 ? 3 : 2)
    .replace(/(\d{3})0$/, "$1")
    .replace(/([.,]\d\d)0$/, "$1")}`;
