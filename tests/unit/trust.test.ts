import { describe, expect, it } from "vitest";
import { gradeOf, trustAxes } from "@/lib/facts/trust-axes";
import { rosettePetals } from "@/lib/trust/rosette";
import {
  applyTrustView,
  parseTrustView,
  trustCoverage,
  trustViewQuery,
} from "@/lib/trust/table";
import { trustTableRows } from "@/lib/trust/rows";
import type { Project } from "@/lib/content/schema";
import { testProject } from "./content-fixtures";

const rating = (value: string) => ({ value, why: "A reason of at least twenty characters.", sources: [1] });
const trusted = (slug: string, values: [string, string, string, string, string]): Project =>
  testProject(slug, {
    name: slug,
    trust: Object.fromEntries(
      trustAxes.map((axis, index) => [axis.slug, rating(values[index]!)]),
    ) as Project["trust"],
  });

const rows = trustTableRows([
  trusted("beta", ["tee", "vetted", "credits", "none", "company"]),
  trusted("alpha", ["proof", "permissionless", "escrow", "slashing", "dao"]),
  trusted("gamma", ["unknown", "operator", "offchain", "unknown", "multisig"]),
  testProject("unrated", {}),
]);

describe("trust grades", () => {
  it("grades each axis value, and anything unrated as unknown", () => {
    expect(gradeOf("verification", "proof")).toBe("stronger");
    expect(gradeOf("verification", "tee")).toBe("medium");
    expect(gradeOf("verification", "reputation")).toBe("weaker");
    expect(gradeOf("supply", "operator")).toBe("weaker");
    expect(gradeOf("control", "dao")).toBe("stronger");
    expect(gradeOf("control", "unknown")).toBe("unknown");
  });

  it("gives every axis values of more than one grade, each described", () => {
    for (const axis of trustAxes) {
      expect(new Set(axis.values.map((value) => value.grade)).size, axis.slug).toBeGreaterThan(1);
      for (const value of axis.values) expect(value.description.length, value.slug).toBeGreaterThan(10);
    }
  });
});

describe("the trust table", () => {
  it("lists only rated projects, by name", () => {
    expect(rows.map((row) => row.slug)).toEqual(["alpha", "beta", "gamma"]);
    expect(rows[0]!.cells.verification).toEqual({
      value: "proof",
      name: "Cryptographic proof",
      grade: "stronger",
    });
  });

  it("filters by axis values (ORed within an axis, ANDed across) and sorts by grade, unknown last", () => {
    const { view } = parseTrustView(new URLSearchParams("verification=tee,unknown&sort=control"));
    expect(applyTrustView(rows, view).map((row) => row.slug)).toEqual(["gamma", "beta"]);
    const byVerification = parseTrustView(new URLSearchParams("sort=verification")).view;
    expect(applyTrustView(rows, byVerification).map((row) => row.slug)).toEqual(["alpha", "beta", "gamma"]);
    const both = parseTrustView(new URLSearchParams("verification=tee,proof&supply=vetted")).view;
    expect(applyTrustView(rows, both).map((row) => row.slug)).toEqual(["beta"]);
  });

  it("round-trips its view through the address and reports unknown values with the nearest real one", () => {
    const { view } = parseTrustView(new URLSearchParams("supply=vetted,operator&sort=penalties"));
    expect(trustViewQuery(view)).toBe("?supply=vetted,operator&sort=penalties");
    const { unknown } = parseTrustView(new URLSearchParams("supply=permisionless&sort=controll"));
    expect(unknown).toEqual([
      { key: "supply", value: "permisionless", suggestion: "permissionless" },
      { key: "sort", value: "controll", suggestion: "control" },
    ]);
  });

  it("counts rated and unknown answers per axis", () => {
    expect(trustCoverage(rows).find((entry) => entry.axis === "penalties")).toEqual({
      axis: "penalties",
      rated: 2,
      unknown: 1,
    });
  });
});

describe("the rosette", () => {
  it("draws one closed petal per axis, longer for a stronger grade", () => {
    const petals = rosettePetals([
      { axis: "a", grade: "stronger" },
      { axis: "b", grade: "weaker" },
      { axis: "c", grade: "unknown" },
      { axis: "d", grade: "medium" },
      { axis: "e", grade: "stronger" },
    ]);
    expect(petals).toHaveLength(5);
    for (const petal of petals) expect(petal.path).toMatch(/^M .* Z$/);
    // The first petal points straight up: its arc's y is the highest point (smallest y) of all.
    const topY = (path: string) => Number(/L [\d.]+ ([\d.]+)/.exec(path)![1]);
    expect(topY(petals[0]!.path)).toBeLessThan(topY(petals[3]!.path));
  });
});
