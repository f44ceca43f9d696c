import vitest from "@vitest/eslint-plugin";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import playwright from "eslint-plugin-playwright";

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    // Tests that cannot fail are flagged: no assertion, a conditional expect, a skipped or focused test.
    files: ["tests/unit/**/*.ts"],
    plugins: { vitest },
    rules: {
      ...vitest.configs.recommended.rules,
      "vitest/valid-expect": ["error", { maxArgs: 2 }],
      "vitest/no-conditional-expect": "error",
      "vitest/no-conditional-in-test": "error",
      "vitest/no-disabled-tests": "error",
      "vitest/no-focused-tests": "error",
      "vitest/expect-expect": ["error", { assertFunctionNames: ["expect", "expect*"] }],
    },
  },
  {
    files: ["tests/e2e/**/*.ts"],
    ...playwright.configs["flat/recommended"],
    rules: {
      ...playwright.configs["flat/recommended"].rules,
      "playwright/no-conditional-expect": "error",
      "playwright/no-conditional-in-test": "error",
      "playwright/no-skipped-test": "error",
      "playwright/no-focused-test": "error",
      "playwright/expect-expect": ["error", { assertFunctionNames: ["expect*"] }],
    },
  },
  {
    ignores: [
      ".next/**",
      "out/**",
      "out-*/**",
      "node_modules/**",
      "next-env.d.ts",
      "bench/.work/**",
      "test-results/**",
      "tests/.artifacts/**",
    ],
  },
];

export default config;
