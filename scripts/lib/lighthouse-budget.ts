// The Lighthouse bar every audited page must clear: performance 95, the other three categories 100.

export const lighthouseCategories = ["performance", "accessibility", "best-practices", "seo"] as const;
export type LighthouseCategory = (typeof lighthouseCategories)[number];
export type Scores = Record<LighthouseCategory, number>;

export const minimumScores: Scores = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 };

/** The categories a page falls short in, as "performance 91 < 95". */
export const shortfalls = (scores: Scores, minimum: Scores = minimumScores): string[] =>
  lighthouseCategories.flatMap((category) =>
    scores[category] < minimum[category] ? [`${category} ${scores[category]} < ${minimum[category]}`] : [],
  );

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
};

/**
 * One page's scores over several runs, category by category. Lighthouse's own variability guide advises the
 * median of several runs: one run's performance score moves by several points with the machine's load.
 */
export function medianScores(runs: Scores[]): Scores {
  if (runs.length === 0) throw new Error("medianScores needs at least one run");
  return Object.fromEntries(
    lighthouseCategories.map((category) => [category, median(runs.map((run) => run[category]))]),
  ) as Scores;
}
