// Where a build writes its static export. The published site is always out/; a build that adds fixture projects
// (ATLAS_EXTRA_PROJECTS, the e2e test build) must write elsewhere, so a test page can never reach a deploy.

export const publishedExportDir = "out";
export const testExportDir = "out-test";

export function exportDirFor(env: Record<string, string | undefined>): string {
  const dir = env.ATLAS_EXPORT_DIR || publishedExportDir;
  if (env.ATLAS_EXTRA_PROJECTS && dir === publishedExportDir)
    throw new Error(
      `ATLAS_EXTRA_PROJECTS adds test fixtures, which must never be published: set ATLAS_EXPORT_DIR=${testExportDir} (npm test does) so they are not built into ${publishedExportDir}/`,
    );
  return dir;
}
