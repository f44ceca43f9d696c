// Dates as readers see them, computed without Intl so the build and every browser print the same text.

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

/** "2026-06-24" → "June 2026". */
export function monthYear(date: string): string {
  const [year, month] = date.split("-");
  return `${monthNames[Number(month) - 1] ?? month} ${year}`;
}
