import { describe, expect, it } from "vitest";
import { shortfalls } from "@/lib/lighthouse-budget";

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
