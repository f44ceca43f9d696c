import { expect, test } from "@playwright/test";
import { content } from "./content-reader";

test("the home page shows every category, and each category page every one of its projects", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  for (const category of content.categories) {
    const count = content.projects.filter((project) => project.category === category.slug).length;
    await expect(page.getByRole("heading", { level: 2, name: category.name })).toBeVisible();
    await expect(
      page.getByRole("link", { name: `All ${count} projects in ${category.name}` }),
    ).toHaveAttribute("href", `/categories/${category.slug}/`);
  }
  for (const category of content.categories) {
    await page.goto(`/categories/${category.slug}/`);
    for (const project of content.projects.filter((candidate) => candidate.category === category.slug)) {
      await expect(page.getByRole("link", { name: project.name, exact: true }).first()).toBeVisible();
    }
  }
});

test("a visitor goes from the home page to a category, a project and back to its category", async ({
  page,
}) => {
  const category = content.categories[0]!;
  const members = content.projects.filter((candidate) => candidate.category === category.slug);
  const project = members[0]!;
  await page.goto("/");
  await page.getByRole("link", { name: `All ${members.length} projects in ${category.name}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: category.name })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: project.name, exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`/projects/${project.slug}/$`));
  await expect(page.getByRole("heading", { level: 1, name: project.name })).toBeVisible();
  await expect(page.getByText(project.tagline).first()).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: category.name }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: category.name })).toBeVisible();
});

test("a project page shows its facts and numbered sources", async ({ page }) => {
  const withToken = content.projects.filter((project) => project.token && project.token !== "none");
  for (const project of withToken.slice(0, 3)) {
    await page.goto(`/projects/${project.slug}/`);
    const sources = page.locator("#sources + ol > li");
    await expect(sources).toHaveCount(project.sources.length);
    for (const source of project.sources) {
      await expect(page.getByRole("link", { name: source.title })).toHaveAttribute("href", source.url);
    }
    await expect(page.getByRole("row", { name: /^Token/ }).first()).toContainText(project.token!);
    await expect(page.getByText(`Last reviewed ${project.lastReviewed}`)).toBeVisible();
  }
});
