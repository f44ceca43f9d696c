// The trust rosette's geometry: one petal per axis around a centre, long and coloured by grade. Pure numbers,
// so the SVG is drawn at build time and needs no chart library in the browser.
import type { TrustGrade } from "../facts/trust-axes";

export type Petal = { axis: string; grade: TrustGrade; path: string; labelX: number; labelY: number };

/** How far a petal reaches, as a share of the radius: a stronger grade fills more of the flower. */
const reachOf: Record<TrustGrade, number> = { stronger: 1, medium: 0.72, weaker: 0.46, unknown: 0.46 };

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Petals for the given axes, clockwise from the top, in a square of `size` units. Each petal is a wedge with a
 * rounded tip, so five of them read as a flower; unknown petals keep a weak grade's length and are drawn grey.
 */
export function rosettePetals(axes: readonly { axis: string; grade: TrustGrade }[], size = 120): Petal[] {
  const centre = size / 2;
  const radius = size / 2 - 14;
  const step = (2 * Math.PI) / axes.length;
  const gap = step * 0.12;
  const point = (angle: number, distance: number) =>
    `${round(centre + distance * Math.sin(angle))} ${round(centre - distance * Math.cos(angle))}`;
  return axes.map(({ axis, grade }, index) => {
    const middle = index * step;
    const from = middle - step / 2 + gap;
    const to = middle + step / 2 - gap;
    const reach = radius * reachOf[grade];
    const inner = 4;
    const path = [
      `M ${point(from, inner)}`,
      `L ${point(from, reach)}`,
      `A ${round(reach)} ${round(reach)} 0 0 1 ${point(to, reach)}`,
      `L ${point(to, inner)}`,
      "Z",
    ].join(" ");
    const [labelX = 0, labelY = 0] = point(middle, radius + 8)
      .split(" ")
      .map(Number);
    return { axis, grade, path, labelX, labelY };
  });
}
