#!/usr/bin/env bash
# `npm test`: unit tests, a fresh static export, then e2e tests in Chromium against it; ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
rm -rf tests/.artifacts && mkdir -p tests/.artifacts

npx vitest run --reporter=default --reporter=json --outputFile=tests/.artifacts/vitest.json

# The test build adds fixture projects (stale review date, hostile text) and goes to out-test/, never to out/,
# the folder a deploy publishes; the e2e server serves out-test/.
export ATLAS_EXTRA_PROJECTS=tests/fixtures/e2e-projects
export ATLAS_EXPORT_DIR=out-test

if npm run build > tests/.artifacts/build.log 2>&1; then
  npx playwright test
else
  cat tests/.artifacts/build.log
  echo "The build failed, so the e2e tests did not run." >&2
fi

npx tsx scripts/test-summary.ts
