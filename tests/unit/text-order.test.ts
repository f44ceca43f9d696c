import { describe, expect, it } from "vitest";
import { compareText } from "@/lib/text/order";

describe("compareText", () => {
  it("sorts names alphabetically whatever their case", () => {
    expect(["io.net", "Akash Network", "Render Network", "aethir", "0G Labs"].sort(compareText)).toEqual([
      "0G Labs",
      "aethir",
      "Akash Network",
      "io.net",
      "Render Network",
    ]);
  });

  it("gives names that differ only in case a fixed order", () => {
    expect(compareText("Gpu", "gpu")).toBeLessThan(0);
    expect(compareText("gpu", "Gpu")).toBeGreaterThan(0);
    expect(compareText("gpu", "gpu")).toBe(0);
  });

  it("orders ISO dates by time", () => {
    expect(["2025-03-01", "2024-12-31", "2025-01-15"].sort(compareText)).toEqual([
      "2024-12-31",
      "2025-01-15",
      "2025-03-01",
    ]);
  });
});
