import { expect, test, type Page } from "@playwright/test";
import { chains } from "../../src/lib/facts/chains";
import { content } from "./content-reader";

const projectLinksIn = async (page: Page) =>
  (await page.getByRole("main").locator("article h3 a").allTextContents()).sort();

test("a visitor clicks from the home page to a category, a project and one of its chains", async ({
  page,
}) => {
  const project = content.projects.find((candidate) => candidate.chains.length > 0)!;
  const category = content.categories.find((candidate) => candidate.slug === project.category)!;
  const chain = chains.find((candidate) => candidate.slug === project.chains[0])!;
  await page.goto("/");
  await page.getByRole("main").getByRole("link", { name: category.name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: category.name })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: project.name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: project.name })).toBeVisible();
  await page.getByRole("list", { name: "Chains" }).first().getByRole("link", { name: chain.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Projects on ${chain.name}` })).toBeVisible();
  await expect(page.getByRole("link", { name: project.name, exact: true })).toBeVisible();
});

test("each chain page lists exactly the projects whose files name that chain", async ({ page }) => {
  test.slow(); // one page per chain
  for (const chain of chains) {
    await page.goto(`/chains/${chain.slug}/`);
    const expected = content.projects
      .filter((project) => (project.chains as readonly string[]).includes(chain.slug))
      .map((project) => project.name)
      .sort();
    expect(await projectLinksIn(page), chain.slug).toEqual(expected);
  }
});

test("the stats matrix counts match the content files", async ({ page }) => {
  await page.goto("/stats/");
  const table = page.getByRole("table", { name: /per chain/ });
  // Chains without a project have no row; every other chain a count per category and a total.
  const expected = Object.fromEntries(
    chains.flatMap((chain) => {
      const onChain = content.projects.filter((project) =>
        (project.chains as readonly string[]).includes(chain.slug),
      );
      const counts = content.categories.map((category) =>
        String(onChain.filter((project) => project.category === category.slug).length),
      );
      return onChain.length > 0 ? [[chain.name, [...counts, String(onChain.length)]]] : [];
    }),
  );
  const shown = await table
    .locator("tbody tr")
    .evaluateAll((rows) =>
      rows.map((row) => [
        row.querySelector("th")!.textContent!.trim(),
        [...row.querySelectorAll("td")].map((cell) => cell.textContent!.trim()),
      ]),
    );
  expect(Object.fromEntries(shown)).toEqual(expected);
});

test("a category page filters by chain from the query string and can clear it", async ({ page }) => {
  const category = content.categories.find((candidate) =>
    content.projects.some((project) => project.category === candidate.slug && project.chains.length > 0),
  )!;
  const members = content.projects.filter((project) => project.category === category.slug);
  const chain = members.flatMap((project) => project.chains)[0]!;
  await page.goto(`/categories/${category.slug}/?chain=${chain}`);
  const expected = members
    .filter((project) => (project.chains as readonly string[]).includes(chain))
    .map((p) => p.name)
    .sort();
  await expect(page.getByRole("status")).toHaveText(
    `Showing ${expected.length} of ${members.length} projects`,
  );
  expect(await projectLinksIn(page)).toEqual(expected);
  await page.getByRole("combobox", { name: "Chain" }).selectOption("");
  await expect(page).toHaveURL(new RegExp(`/categories/${category.slug}/$`));
  await expect(page.getByRole("status")).toHaveText(
    `Showing ${members.length} of ${members.length} projects`,
  );
});

test("a project reviewed long ago warns that it may be out of date; a fresh one does not", async ({
  page,
}) => {
  await page.goto("/projects/fixture-stale-network/");
  await expect(page.getByRole("note")).toContainText("May be out of date");
  const fresh = content.projects.find((project) => project.lastReviewed >= "2026-11-01")!;
  await page.goto(`/projects/${fresh.slug}/`);
  await expect(page.getByRole("heading", { level: 1, name: fresh.name })).toBeVisible();
  await expect(page.getByText("May be out of date")).toHaveCount(0);
});

test("external links on a project page open without leaking the referrer", async ({ page }) => {
  const project = content.projects[0]!;
  await page.goto(`/projects/${project.slug}/`);
  const externalLinks = page.locator('main a[href^="http"]');
  expect(await externalLinks.count()).toBeGreaterThan(0);
  for (const rel of await externalLinks.evaluateAll((links) =>
    links.map((link) => link.getAttribute("rel")),
  )) {
    expect(rel).toBe("noopener noreferrer");
  }
});

test("a visitor selects two projects of a category to compare them", async ({ page }) => {
  const category = content.categories.find(
    (candidate) => content.projects.filter((project) => project.category === candidate.slug).length >= 2,
  )!;
  const [first, second] = content.projects.filter((project) => project.category === category.slug);
  await page.goto(`/categories/${category.slug}/`);
  const cardOf = (name: string) =>
    page.getByRole("article").filter({ has: page.getByRole("link", { name, exact: true }) });
  await cardOf(first!.name).getByRole("checkbox", { name: "Select to compare" }).check();
  await cardOf(second!.name).getByRole("checkbox", { name: "Select to compare" }).check();
  await page.getByRole("link", { name: "Compare 2 selected projects" }).click();
  await expect(page).toHaveURL(/\/compare\//);
  expect(new URL(page.url()).searchParams.get("projects")).toBe(`${first!.slug},${second!.slug}`);
});
