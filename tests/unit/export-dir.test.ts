import { describe, expect, it } from "vitest";
import { exportDirFor, publishedExportDir, testExportDir } from "../../scripts/lib/export-dir";

describe("the export folder", () => {
  it("is out/ for the site and refuses to build fixture projects into it", () => {
    expect(exportDirFor({})).toBe(publishedExportDir);
    expect(() => exportDirFor({ ATLAS_EXTRA_PROJECTS: "tests/fixtures/e2e-projects" })).toThrow(
      /must never be published: set ATLAS_EXPORT_DIR=out-test/,
    );
    expect(() =>
      exportDirFor({ ATLAS_EXTRA_PROJECTS: "tests/fixtures/e2e-projects", ATLAS_EXPORT_DIR: "out" }),
    ).toThrow();
  });

  it("sends the test build, with its fixtures, to out-test/", () => {
    expect(
      exportDirFor({ ATLAS_EXTRA_PROJECTS: "tests/fixtures/e2e-projects", ATLAS_EXPORT_DIR: testExportDir }),
    ).toBe(testExportDir);
  });
});
