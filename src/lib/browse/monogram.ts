// Generated stand-ins for logos: initials and a colour derived from the slug, so no third-party logo ships.

export function monogram(name: string): string {
  const words = name
    .replace(/[^\p{L}\p{N}\s.-]/gu, "")
    .split(/[\s.-]+/)
    .filter(Boolean);
  const letters = words.length > 1 ? `${words[0]![0]}${words[1]![0]}` : (words[0] ?? "?").slice(0, 2);
  return letters.toUpperCase();
}

/** A stable hue (0–359) from a slug, so a project keeps its colour between builds. */
export function hueOf(slug: string): number {
  let hash = 0;
  for (const character of slug) hash = (hash * 31 + character.charCodeAt(0)) % 360;
  return hash;
}
