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
