import AxeBuilder from "@axe-core/playwright";
import { chromium, expect, test, type Page } from "@playwright/test";
import { chainName } from "../../src/lib/facts/chains";
import { resources } from "../../src/lib/facts/taxonomy";
import { chromiumLaunchOptions } from "../../scripts/lib/browser";
import { content } from "./content-reader";
import { collectDialogs } from "./dialogs";

const searchBox = (page: Page) => page.getByRole("searchbox", { name: "Search projects" });
const results = (page: Page) => page.getByRole("list", { name: "Search results" }).locator("h2 a");
const resultNames = async (page: Page) => (await results(page).allTextContents()).sort();
const status = (page: Page) => page.getByRole("status").filter({ hasText: /project|Loading/ });
// Rows past the first screenful arrive in a later render; wait until the list holds as many as the count says.
const settledResultNames = async (page: Page) => {
  // "12 projects match …", or "No project matches all words of …; showing the 12 closest."
  const counted = /(\d+) (?:projects?|closest)/;
  await expect(status(page)).toHaveText(counted);
  const count = Number(counted.exec((await status(page).textContent())!)![1]);
  await expect(results(page)).toHaveCount(Math.min(count, 30));
  return resultNames(page);
};

const namesWhere = (test: (project: (typeof content.projects)[number]) => boolean) =>
  content.projects
    .filter(test)
    .map((project) => project.name)
    .sort();
const onAny = (project: (typeof content.projects)[number], chains: string[]) =>
  project.chains.some((chain) => chains.includes(chain));

test("a typo, a ticker and a chain name each find their projects", async ({ page }) => {
  await page.goto("/search/");
  await searchBox(page).fill("akash netwrk");
  await expect(results(page).first()).toHaveText("Akash Network");
  await searchBox(page).fill("render");
  await expect(results(page).first()).toHaveText("Render Network");
  await searchBox(page).fill("AKT");
  await expect(results(page).first()).toHaveText("Akash Network");
  await searchBox(page).fill("cosmos");
  const onCosmos = namesWhere((project) => onAny(project, ["cosmos"]));
  for (const name of onCosmos) await expect(results(page).getByText(name, { exact: true })).toBeVisible();
});

test("facets OR values of one facet and AND different facets, as the content files say", async ({ page }) => {
  await page.goto("/search/?chain=solana,arbitrum&resource=gpu");
  const expected = namesWhere(
    (project) => onAny(project, ["solana", "arbitrum"]) && project.resources.includes("gpu"),
  );
  expect(expected.length).toBeGreaterThan(1);
  await expect(status(page)).toHaveText(`${expected.length} projects`);
  await expect.poll(() => resultNames(page)).toEqual(expected);

  await page.goto("/search/");
  const solana = namesWhere((project) => onAny(project, ["solana"]));
  await page.getByRole("checkbox", { name: `${chainName("solana")} (${solana.length})` }).check();
  await expect(page).toHaveURL(/\/search\/\?chain=solana$/);
  await expect.poll(() => resultNames(page)).toEqual(solana);
  const solanaGpu = namesWhere((project) => onAny(project, ["solana"]) && project.resources.includes("gpu"));
  await page.getByRole("checkbox", { name: `${resources.find((resource) => resource.slug === "gpu")!.name} (${solanaGpu.length})` }).check();
  await expect(page).toHaveURL(/\?chain=solana&resource=gpu$/);
  await expect.poll(() => resultNames(page)).toEqual(solanaGpu);
});

test("the address keeps the view through reload, back and forward", async ({ page }) => {
  await page.goto("/search/");
  await searchBox(page).fill("gpu");
  await page.getByRole("checkbox", { name: /^Solana \(\d+\)$/ }).check();
  await expect(page).toHaveURL(/\?q=gpu&chain=solana$/);
  await expect(page.getByRole("checkbox", { name: /^Solana \(\d+\)$/ })).toBeChecked();
  const shown = await settledResultNames(page);
  expect(shown.length).toBeGreaterThan(0);

  await page.reload();
  await expect(searchBox(page)).toHaveValue("gpu");
  await expect(page.getByRole("checkbox", { name: /^Solana \(\d+\)$/ })).toBeChecked();
  expect(await settledResultNames(page)).toEqual(shown);

  await page.goBack();
  await expect(page).toHaveURL(/\?q=gpu$/);
  await expect(page.getByRole("checkbox", { name: /^Solana \(\d+\)$/ })).not.toBeChecked();
  await page.goForward();
  await expect(page.getByRole("checkbox", { name: /^Solana \(\d+\)$/ })).toBeChecked();
});

test("/ and Ctrl-K focus the header search, which leads to the search page", async ({ page }) => {
  await page.goto("/stats/");
  // The shortcut works once the page's script has started; until then "/" does nothing.
  await expect(async () => {
    await page.keyboard.press("/");
    await expect(searchBox(page)).toBeFocused({ timeout: 500 });
  }).toPass();
  await page.getByRole("main").click();
  await page.keyboard.press("Control+k");
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type("render");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=render$/);
  await expect(results(page).first()).toHaveText("Render Network");
});

test("arrow keys walk the results and Enter opens one", async ({ page }) => {
  await page.goto("/search/?q=network");
  await expect(results(page).nth(1)).toBeVisible();
  const [first, second] = await results(page).allTextContents();
  await searchBox(page).focus();
  await page.keyboard.press("ArrowDown");
  await expect(results(page).first()).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(results(page).nth(1)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(second!);
  expect(first).not.toBe(second);
});

test("no results: closest names and a way out of the filters", async ({ page }) => {
  await page.goto("/search/?q=akash&category=zkml");
  await expect(page.getByText("No project matches “akash” with these filters.")).toBeVisible();
  await page.getByRole("main").getByRole("button", { name: "Clear filters" }).last().click();
  await expect(page).toHaveURL(/\?q=akash$/);
  await expect(results(page).first()).toHaveText("Akash Network");

  await searchBox(page).fill("rendernetwrok");
  await page
    .getByRole("list", { name: "Closest names" })
    .getByRole("button", { name: "Render Network" })
    .click();
  await expect(results(page).first()).toHaveText("Render Network");
});

test("a hostile query is shown as text and runs nothing", async ({ page }) => {
  const dialogs = collectDialogs(page);
  const hostile = "<img src=x onerror=alert(1)>";
  await page.goto(`/search/?q=${encodeURIComponent(hostile)}`);
  await expect(searchBox(page)).toHaveValue(hostile);
  await expect(status(page)).toContainText(`“${hostile}”`);
  await expect(page.locator("main img")).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test("word forms and spellings meet: decentralized finds decentralised, verify finds verification", async ({
  page,
}) => {
  await page.goto("/search/");
  await searchBox(page).fill("decentralized cloud");
  await expect(results(page).first()).toHaveText("Flux");
  // Flux's tagline says "Decentralized cloud"; these projects call themselves "decentralised" in their description.
  const decentralised = namesWhere(
    (project) => /decentralised/i.test(project.body) && /cloud/i.test(project.tagline),
  );
  expect(decentralised.length).toBeGreaterThan(0);
  for (const name of decentralised)
    await expect(results(page).getByText(name, { exact: true })).toBeVisible();

  await searchBox(page).fill("verify");
  for (const name of ["EZKL", "Polyhedra Network", "Mira Network"])
    await expect(results(page).getByText(name, { exact: true })).toBeVisible();
  await searchBox(page).fill("verifiable inference");
  for (const name of ["EZKL", "Modulus Labs", "Lagrange", "Inference Labs", "RISC Zero"])
    await expect(results(page).getByText(name, { exact: true })).toBeVisible();

  await searchBox(page).fill("rendering");
  await expect(results(page).first()).toHaveText("Render Network");
});

test("when no project matches every word, the closest are shown and the page says so", async ({ page }) => {
  await page.goto("/search/?q=cheap+gpu");
  await expect(status(page)).toHaveText(
    /^No project matches all words of “cheap gpu”.*; showing the \d+ closest\.$/,
  );
  const shown = await settledResultNames(page);
  const gpuProjects = namesWhere((project) => project.resources.includes("gpu"));
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.filter((name) => !gpuProjects.includes(name))).toEqual([]);
});

test("“A vs B” offers the comparison, on the search page and from the header box", async ({ page }) => {
  await page.goto("/search/");
  await searchBox(page).fill("akash vs io.net");
  const offer = page.getByRole("link", { name: "Compare Akash Network and io.net side by side" });
  await expect(offer).toHaveAttribute("href", "/compare/?projects=akash-network,io-net");
  await offer.click();
  await expect(page).toHaveURL(/\/compare\/\?projects=akash-network,io-net$/);

  await page.goto("/stats/");
  await expect(async () => {
    await page.keyboard.press("/");
    await expect(searchBox(page)).toBeFocused({ timeout: 500 });
  }).toPass();
  await page.keyboard.type("compare render and golem");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/compare\/\?projects=render-network,golem$/);

  await searchBox(page).fill("gpu vs cpu");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=gpu(\+|%20)vs(\+|%20)cpu$/);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the comparison offer and the closest-results notice pass axe in ${colorScheme} mode`, async ({
    page,
  }) => {
    test.slow(); // axe walks every node of a long result list
    await page.emulateMedia({ colorScheme });
    await page.goto("/search/?q=akash+vs+io.net");
    await expect(page.getByRole("link", { name: /^Compare Akash Network and io\.net/ })).toBeVisible();
    await expect(status(page)).toHaveText(/^No project matches all words/);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(", ")}`,
      ),
    ).toEqual([]);
  });
}

// Chromium with scripting switched off in its settings, as a reader who disables JavaScript has it: unlike
// Playwright's javaScriptEnabled option, this also makes the page's <noscript> content show.
test("without JavaScript the search page lists every project by category", async ({ baseURL }) => {
  const browser = await chromium.launch({
    ...chromiumLaunchOptions(["--blink-settings=scriptEnabled=false"]),
  });
  // A page in the browser's default context: a new context would switch scripting back on for the parser.
  const page = await browser.newPage();
  await page.goto(`${baseURL}/search/`);
  // Playwright's text and role locators skip <noscript>, so these read the elements themselves.
  const list = page.locator("main noscript");
  await expect(list.locator("p").first()).toHaveText(
    `Search needs JavaScript. Here are all ${content.projects.length} projects, by category.`,
  );
  const headings = content.categories.map(
    (category) =>
      `${category.name} (${content.projects.filter((project) => project.category === category.slug).length})`,
  );
  await expect(list.locator("section h2")).toHaveText(headings);
  for (const project of content.projects)
    await expect(list.locator(`a[href="/projects/${project.slug}/"]`), project.slug).toHaveCount(1);
  await browser.close();
});
