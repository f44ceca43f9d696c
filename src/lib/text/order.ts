// Sorting by text ignores case and compares code points. String#localeCompare and Intl.Collator load ICU's
// collation data on first use, which cost a phone about 80 ms while the search page started; the names and
// labels sorted here are English, where this order is the one a reader expects. It is also the same at build
// time and in every browser.
export function compareText(a: string, b: string): number {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  if (left !== right) return left < right ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
