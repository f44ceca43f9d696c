// Static SVG badges (/badges/<slug>.svg): the project's name, its status and when it was last reviewed, in the
// two-part style READMEs use. Text is escaped: a badge is embedded in other people's pages.

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`);

// Verdana 11px averages about 6.5 px per character; badges are drawn without measuring fonts.
const textWidth = (text: string) => Math.ceil(text.length * 6.5) + 12;

const statusColours: Record<string, string> = {
  active: "#2e7d32",
  renamed: "#1565c0",
  merged: "#6d4c41",
  acquired: "#6d4c41",
  inactive: "#9e9e9e",
};

export function badgeSvg({
  name,
  status,
  lastReviewed,
}: {
  name: string;
  status: string;
  lastReviewed: string;
}) {
  const left = name.length > 40 ? `${name.slice(0, 39)}…` : name;
  const right = `${status} · reviewed ${lastReviewed}`;
  const leftWidth = textWidth(left);
  const rightWidth = textWidth(right);
  const width = leftWidth + rightWidth;
  const label = `${left}: ${right}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${escapeXml(label)}">
<title>${escapeXml(label)}</title>
<rect width="${leftWidth}" height="20" fill="#37474f"/>
<rect x="${leftWidth}" width="${rightWidth}" height="20" fill="${statusColours[status] ?? "#607d8b"}"/>
<g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11">
<text x="6" y="14">${escapeXml(left)}</text>
<text x="${leftWidth + 6}" y="14">${escapeXml(right)}</text>
</g>
</svg>
`;
}
