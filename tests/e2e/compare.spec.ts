import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { parseCsv } from "../../src/lib/publish/csv";
import { content } from "./content-reader";
import { collectDialogs } from "./dialogs";

const bySlug = (slug: string) => content.projects.find((project) => project.slug === slug)!;
const akash = bySlug("akash-network");
const render = bySlug("render-network");

const table = (page: Page) => page.getByRole("table");
// Next.js keeps an empty route announcer with the alert role on every page.
const notice = (page: Page) => page.getByRole("alert").filter({ hasText: "could not be used" });
const factRow = (page: Page, fact: string) => table(page).locator(`tr[data-fact="${fact}"]`);
// A locator, so assertions on it wait: the address changes one render before the table does.
const columnNames = (page: Page) => table(page).locator("thead th[scope=col] a");

test("two projects side by side, with their differing chains marked", async ({ page }) => {
  await page.goto("/compare/?projects=akash-network,render-network");
  await expect(columnNames(page)).toHaveText([akash.name, render.name]);
  const chains = factRow(page, "deployments");
  await expect(chains.getByRole("rowheader")).toContainText("differs");
  await expect(chains.getByRole("cell").nth(0)).toContainText("Cosmos SDK · native");
  await expect(chains.getByRole("cell").nth(1)).toContainText("Solana");
  await expect(chains.getByRole("cell").nth(1)).toContainText("only this project");
  await expect(page).toHaveTitle(new RegExp(`${akash.name} vs ${render.name}`));
});

test("the picker adds, moves and removes projects, and the address follows", async ({ page }) => {
  const third = content.projects.find(
    (project) => project.category === "iaas-cloud" && ![akash.slug, render.slug].includes(project.slug),
  )!;
  await page.goto("/compare/?projects=akash-network,render-network");
  await page.getByRole("textbox", { name: "Add a project" }).fill(third.name);
  await page.getByRole("button", { name: `Add ${third.name}`, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`projects=akash-network,render-network,${third.slug}$`));
  await expect(columnNames(page)).toHaveText([akash.name, render.name, third.name]);
  await expect(page.getByRole("textbox", { name: "Add a project" })).toBeFocused();

  await page.getByRole("button", { name: `Move ${third.name} left` }).click();
  await expect(page).toHaveURL(new RegExp(`projects=akash-network,${third.slug},render-network$`));
  await page.getByRole("button", { name: `Remove ${akash.name}` }).click();
  await expect(page).toHaveURL(new RegExp(`projects=${third.slug},render-network$`));
  await page.goBack();
  await expect(columnNames(page)).toHaveText([akash.name, third.name, render.name]);
});

test("an unknown slug is named with the nearest real project, and the rest still shows", async ({ page }) => {
  await page.goto("/compare/?projects=render-network,akash-netwrk,render-network");
  const alert = notice(page);
  await expect(alert).toContainText("There is no project “akash-netwrk”");
  await expect(alert.getByRole("link", { name: akash.name })).toHaveAttribute(
    "href",
    "/compare/?projects=render-network,akash-network",
  );
  await expect(alert).toContainText(`${render.name} was asked for more than once`);
  await expect(page.getByText(`Add at least one more project to compare with ${render.name}`)).toBeVisible();
});

test("an empty or hostile address explains itself and renders the text as text", async ({ page }) => {
  const dialogs = collectDialogs(page);
  await page.goto("/compare/");
  await expect(page.getByText("Choose two to 4 projects")).toBeVisible();
  await page.goto(`/compare/?projects=${encodeURIComponent("<img src=x onerror=alert(1)>")}`);
  await expect(notice(page)).toContainText("There is no project “<img src=x onerror=alert(1)>”");
  await expect(page.locator("main img")).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test("more than four projects: the first four are compared and the rest named", async ({ page }) => {
  const five = ["akash-network", "render-network", "aethir", "aioz-network", "iagon"].map(bySlug);
  await page.goto(`/compare/?projects=${five.map((project) => project.slug).join(",")}`);
  await expect(columnNames(page)).toHaveText(five.slice(0, 4).map((project) => project.name));
  await expect(notice(page)).toContainText(`so ${five[4]!.name} was left out`);
});

test("show only differences hides the rows every project shares", async ({ page }) => {
  await page.goto("/compare/?projects=akash-network,render-network");
  const rows = table(page).locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  const all = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-different")));
  const differing = all.filter((flag) => flag === "true").length;
  // The pair must have both kinds of row, or the switch would have nothing to show or to hide.
  expect(differing).toBeGreaterThan(0);
  expect(differing).toBeLessThan(all.length);
  await page.getByLabel(/Show only differences/).check();
  await expect(rows).toHaveCount(differing);
  expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-different")))).toEqual(
    Array<string>(differing).fill("true"),
  );
});

test("the downloaded CSV holds the rows of the table", async ({ page }) => {
  await page.goto("/compare/?projects=akash-network,render-network");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const file = await (await download).path();
  const rows = parseCsv(await readFile(file, "utf8"));
  expect(rows[0]).toEqual(["Fact", akash.name, render.name, "Values differ"]);

  const tableRows = await table(page)
    .locator("tbody tr")
    .evaluateAll((trs) =>
      trs.map((tr) => ({
        label: tr.querySelector("th")!.childNodes[0]!.textContent!.trim(),
        differs: tr.getAttribute("data-different") === "true" ? "yes" : "no",
      })),
    );
  const factRows = rows.slice(1, 1 + tableRows.length);
  expect(factRows.map((row) => ({ label: row[0], differs: row[3] }))).toEqual(tableRows);
  const chainRow = factRows.find((row) => row[0] === "Chains")!;
  expect(chainRow[1]).toMatch(/^Cosmos SDK · native \[\d+\]/);
  expect(chainRow[2]).toMatch(/Solana · \w+.* \[\d+\]/);
  expect(rows.slice(1 + tableRows.length)[0]![0]).toBe("Source 1");
});

test("a project page's Compare button starts a comparison with that project", async ({ page }) => {
  await page.goto(`/projects/${akash.slug}/`);
  await page.getByRole("link", { name: "Compare with…" }).click();
  await expect(page).toHaveURL(/\/compare\/\?projects=akash-network$/);
  await expect(page.getByText(`Add at least one more project to compare with ${akash.name}`)).toBeVisible();
});

test("the picker works from the keyboard alone", async ({ page }) => {
  await page.goto("/compare/?projects=akash-network");
  const addBox = page.getByRole("textbox", { name: "Add a project" });
  await expect(addBox).toBeVisible();
  // Tab until the box has the focus, as a keyboard user would.
  await expect(async () => {
    await page.keyboard.press("Tab");
    await expect(addBox).toBeFocused({ timeout: 100 });
  }).toPass({ intervals: [0], timeout: 15_000 });
  await page.keyboard.type("render");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/projects=akash-network,render-network$/);
  // The address changes before the page redraws; a user tabs back once the new chip is on screen.
  await expect(page.getByRole("button", { name: `Remove ${render.name}` })).toBeVisible();
  await expect(addBox).toBeFocused();

  await page.keyboard.press("Shift+Tab");
  await expect(page.getByRole("button", { name: `Remove ${render.name}` })).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByRole("button", { name: `Move ${render.name} left` })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/projects=render-network,akash-network$/);
  await expect(page.getByRole("button", { name: `Move ${render.name} right` })).toBeFocused();
  await expect(columnNames(page)).toHaveText([render.name, akash.name]);
});
