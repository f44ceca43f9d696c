// Dates and numbers as readers of each edition write them, computed without Intl so the build and every browser
// print the same text.
import type { Locale } from "../i18n/locales";

const monthNames = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2026-06-24" → "June 2026" in English, "tháng 6 năm 2026" in Vietnamese. */
export function monthYear(date: string, locale: Locale = "en"): string {
  const [year, month] = date.split("-");
  if (locale === "vi") return `tháng ${Number(month)} năm ${year}`;
  return `${monthNames[Number(month) - 1] ?? month} ${year}`;
}

/** "2026-06-24" as written in running text: "2026-06-24" in English, "24/06/2026" in Vietnamese. */
export const dayText = (date: string, locale: Locale = "en") =>
  locale === "vi" ? date.slice(0, 10).split("-").reverse().join("/") : date.slice(0, 10);

/** A number with its decimals: "2.71" in English, "2,71" in Vietnamese (which groups thousands with "."). */
export function numberText(value: number, locale: Locale = "en", decimals?: number): string {
  const fixed = decimals === undefined ? String(value) : value.toFixed(decimals);
  if (locale === "en") return fixed;
  const [whole = "", fraction] = fixed.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return fraction ? `${grouped},${fraction}` : grouped;
}
