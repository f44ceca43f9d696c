import { describe, expect, it } from "vitest";
import { medianScores, shortfalls, type Scores } from "../../scripts/lib/lighthouse-budget";

describe("Lighthouse budget", () => {
  it("passes 95 performance with perfect other scores", () => {
    expect(shortfalls({ performance: 95, accessibility: 100, "best-practices": 100, seo: 100 })).toEqual([]);
  });

  it("names every category that falls short", () => {
    expect(shortfalls({ performance: 94, accessibility: 100, "best-practices": 96, seo: 100 })).toEqual([
      "performance 94 < 95",
      "best-practices 96 < 100",
    ]);
  });
});

describe("median of several Lighthouse runs", () => {
  const run = (performance: number, accessibility = 100): Scores => ({
    performance,
    accessibility,
    "best-practices": 100,
    seo: 100,
  });

  it("takes each category's middle value, so one slow run does not fail a page", () => {
    expect(medianScores([run(96), run(88), run(97, 96)])).toEqual(run(96));
  });

  it("averages the two middle values of an even number of runs", () => {
    expect(medianScores([run(90), run(97), run(95), run(99)]).performance).toBe(96);
  });

  it("refuses an empty list instead of inventing scores", () => {
    expect(() => medianScores([])).toThrow(/at least one run/);
  });
});
