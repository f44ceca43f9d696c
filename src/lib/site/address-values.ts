// Values read from the address bar: split, trimmed, checked against what exists. An unknown value (a typo, an
// old link) is never silently dropped: it is returned with the nearest real value, for the page to report.
import { closestMatch } from "../text/suggest";

export type UnknownFilter<Key extends string = string> = { key: Key; value: string; suggestion?: string };

/** `?chain=solana,base&chain=arbitrum` → ["solana", "base", "arbitrum"], each once. */
export const listParam = (params: URLSearchParams, key: string): string[] => [
  ...new Set(
    params
      .getAll(key)
      .flatMap((value) => value.split(","))
      .map((value) => value.trim())
      .filter(Boolean),
  ),
];

/** The values that exist, in order; each other one is pushed onto `unknown` with its nearest real value. */
export function keepKnown<Key extends string>(
  key: Key,
  values: readonly string[],
  known: readonly string[],
  unknown: UnknownFilter<Key>[],
): string[] {
  return values.filter((value) => {
    if (known.includes(value)) return true;
    const suggestion = closestMatch(value, known);
    unknown.push({ key, value, ...(suggestion ? { suggestion } : {}) });
    return false;
  });
}

/** A query string with commas left readable, or "" when there is nothing to say. */
export function readableQuery(entries: readonly (readonly [string, readonly string[]])[]): string {
  const params = new URLSearchParams();
  for (const [key, values] of entries) if (values.length > 0) params.set(key, values.join(","));
  const text = params.toString().replaceAll("%2C", ",");
  return text ? `?${text}` : "";
}
