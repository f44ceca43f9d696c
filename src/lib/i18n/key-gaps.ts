// Whether a translation has exactly the keys of its English original, each with text.

const keyPaths = (value: unknown, prefix = ""): string[] =>
  value && typeof value === "object"
    ? Object.entries(value).flatMap(([key, inner]) => keyPaths(inner, prefix ? `${prefix}.${key}` : key))
    : [prefix];

const valueAt = (root: unknown, path: string) =>
  path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], root);

/**
 * Key paths the translation lacks (or leaves empty, or holds as another type) and key paths it adds. Empty
 * descriptions are allowed where the English has none.
 */
export function keyGaps(english: unknown, translation: unknown): { missing: string[]; extra: string[] } {
  const want = keyPaths(english);
  const have = new Set(keyPaths(translation));
  const missing = want.filter((path) => {
    const value = valueAt(translation, path);
    if (!have.has(path) || typeof value !== typeof valueAt(english, path)) return true;
    return typeof value === "string" && value.trim() === "" && valueAt(english, path) !== "";
  });
  const wanted = new Set(want);
  return { missing, extra: [...have].filter((path) => !wanted.has(path)) };
}

/** The share of the English strings whose translation differs from them (names and symbols stay the same). */
export function translatedShare(english: unknown, translation: unknown): number {
  const strings = keyPaths(english).filter((path) => typeof valueAt(english, path) === "string");
  const changed = strings.filter((path) => valueAt(translation, path) !== valueAt(english, path));
  return strings.length === 0 ? 1 : changed.length / strings.length;
}
