import { expect, test, type Page } from "@playwright/test";
import { trustAxes, trustGrades, trustValueOf, type TrustAxisSlug } from "../../src/lib/facts/trust-axes";
import { content } from "./content-reader";

const rated = content.projects.filter((project) => project.trust);
const trustTable = (page: Page) => page.getByRole("region", { name: "Trust table, scrollable" });
const trustRowNames = (page: Page) => trustTable(page).locator("tbody th a");
const valueName = (axis: TrustAxisSlug, value: string) => trustValueOf(axis, value)?.name ?? "Unknown";

// The value of the verification axis that most rated projects share: a filter that keeps some and drops some.
const counts = new Map<string, number>();
for (const project of rated) {
  const value = project.trust!.verification.value;
  counts.set(value, (counts.get(value) ?? 0) + 1);
}
const [commonValue] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
const withCommonValue = rated
  .filter((project) => project.trust!.verification.value === commonValue)
  .map((project) => project.name)
  .sort();

test("the trust table filters by an axis value from the address, and clearing it shows every rated project", async ({
  page,
}) => {
  await page.goto(`/trust/?verification=${commonValue}`);
  await expect(page.getByRole("status")).toHaveText(
    `Showing ${withCommonValue.length} of ${rated.length} rated projects, by name`,
  );
  expect((await trustRowNames(page).allTextContents()).sort()).toEqual(withCommonValue);
  await expect(page.getByRole("combobox", { name: "Verification" })).toHaveValue(commonValue);

  await page.reload();
  await expect(trustRowNames(page)).toHaveCount(withCommonValue.length);

  await page.getByRole("combobox", { name: "Verification" }).selectOption("");
  await expect(page).toHaveURL(/\/trust\/$/);
  await expect(trustRowNames(page)).toHaveCount(rated.length);
});

test("sorting by an axis puts the strongest ratings first and keeps the sort in the address", async ({
  page,
}) => {
  await page.goto("/trust/");
  await trustTable(page)
    .getByRole("button", { name: /^Control/ })
    .click();
  await expect(page).toHaveURL(/\/trust\/\?sort=control$/);
  await expect(page.getByRole("status")).toContainText("strongest control first");
  const controlColumn = trustAxes.findIndex((axis) => axis.slug === "control") + 1;
  const grades = await trustTable(page)
    .locator(`tbody tr td:nth-of-type(${controlColumn}) .sr-only`)
    .allTextContents();
  expect(grades).toHaveLength(rated.length);
  const rank = (text: string) => trustGrades.findIndex((grade) => `(${grade.name})` === text.trim());
  const ranks = grades.map(rank);
  expect(ranks).not.toContain(-1);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
});

test("an unknown trust value in the address is reported with the nearest real one", async ({ page }) => {
  const axis = trustAxes[0]!;
  const value = axis.values[0]!;
  const typo = `${value.slug.slice(0, -1)}x`;
  await page.goto(`/trust/?${axis.slug}=${typo}`);
  const alert = page.getByRole("alert").filter({ hasText: typo });
  await expect(alert).toContainText("which the directory does not have");
  await expect(trustRowNames(page)).toHaveCount(rated.length);
  await alert.getByRole("button", { name: `Use ${value.name} instead` }).click();
  await expect(page).toHaveURL(new RegExp(`/trust/\\?${axis.slug}=${value.slug}$`));
  await expect(page.getByRole("alert").filter({ hasText: typo })).toHaveCount(0);
});

test("compare shows each project's rating on the five trust axes", async ({ page }) => {
  const pair = ["akash-network", "render-network"].map((slug) =>
    rated.find((project) => project.slug === slug)!,
  );
  await page.goto(`/compare/?projects=${pair.map((project) => project.slug).join(",")}`);
  for (const axis of trustAxes) {
    const row = page.getByRole("table").locator(`tr[data-fact="trust.${axis.slug}"]`);
    await expect(row.getByRole("rowheader")).toContainText(axis.name);
    for (const [column, project] of pair.entries())
      await expect(row.getByRole("cell").nth(column)).toContainText(
        valueName(axis.slug, project.trust![axis.slug].value),
      );
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the trust table lists every rated project with its rosette", async ({ page }) => {
    await page.goto("/trust/");
    await expect(trustRowNames(page)).toHaveCount(rated.length);
    await expect(trustTable(page).locator("tbody svg[role=img]")).toHaveCount(rated.length);
  });
});

test("the price index filters by GPU model and provider type from the address", async ({ page }) => {
  await page.goto("/prices/");
  const sections = page.getByRole("main").locator("section[aria-labelledby^=gpu-]");
  const allSections = await sections.count();
  expect(allSections).toBeGreaterThan(1);
  const firstHeading = (await sections.first().getByRole("heading").textContent())!;

  await page.getByRole("combobox", { name: "GPU model" }).selectOption({ label: firstHeading });
  await page.getByRole("combobox", { name: "Providers" }).selectOption("decentralized");
  await expect(page).toHaveURL(/\/prices\/\?gpu=[a-z0-9-]+&provider=decentralized$/);
  await expect(sections).toHaveCount(1);
  await expect(sections.getByRole("heading")).toHaveText(firstHeading);
  const rows = sections.locator("tbody tr");
  const types = await rows.locator("td:nth-of-type(1)").allTextContents();
  expect(types.length).toBeGreaterThan(0);
  for (const type of types) expect(type).toBe("Decentralized network");
  await expect(page.getByRole("status")).toHaveText(`1 GPU models, ${types.length} current prices`);

  await page.reload();
  await expect(sections).toHaveCount(1);
  await page.goto("/prices/?gpu=h100");
  await expect(page.getByRole("alert").filter({ hasText: "h100" })).toContainText("GPU model");
  await expect(sections).toHaveCount(allSections);
});
