import { expect, test, type Page } from "@playwright/test";
import { clientVi } from "../../src/lib/i18n/messages/client-vi";
import { vi } from "../../src/lib/i18n/messages/vi";
import { content } from "./content-reader";

const translated = content.projects.find((project) => content.vi.projects.has(project.slug))!;
// The e2e export adds fixture projects, which have no Vietnamese file.
const untranslated = content.projects.find((project) => !content.vi.projects.has(project.slug))!;
const switchTo = (page: Page, name: "Tiếng Việt" | "English") =>
  page.getByRole("banner").getByRole("link", { name, exact: true });

const alternates = async (page: Page) =>
  Object.fromEntries(
    await page
      .locator('head link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        links.map((link) => [link.getAttribute("hreflang")!, new URL(link.getAttribute("href")!).pathname]),
      ),
  );

test("the language switch keeps the reader on the same page, search and comparison", async ({ page }) => {
  await page.goto(`/projects/${translated.slug}/`);
  await switchTo(page, "Tiếng Việt").click();
  await expect(page).toHaveURL(new RegExp(`/vi/projects/${translated.slug}/$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(page.getByText(content.vi.projects.get(translated.slug)!.tagline).first()).toBeVisible();

  await page.goto("/search/?q=storage&resource=gpu");
  await switchTo(page, "Tiếng Việt").click();
  await expect(page).toHaveURL(/\/vi\/search\/\?q=storage&resource=gpu$/);
  await expect(page.getByRole("searchbox").first()).toHaveValue("storage");

  await page.goto("/vi/compare/?projects=akash-network,render-network");
  await expect(page.getByRole("columnheader", { name: /Render Network/ })).toBeVisible();
  await switchTo(page, "English").click();
  await expect(page).toHaveURL(/\/compare\/\?projects=akash-network(,|%2C)render-network$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("columnheader", { name: /Akash Network/ })).toBeVisible();
});

test("every page names its twin in the other edition, and the twin names it back", async ({ page }) => {
  for (const path of ["/", `/projects/${translated.slug}/`, "/categories/zkml/", "/trust/", "/prices/"]) {
    await page.goto(path);
    const fromEnglish = await alternates(page);
    expect(fromEnglish, path).toEqual({ en: path, vi: `/vi${path}`, "x-default": path });
    await page.goto(fromEnglish.vi!);
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    expect(await alternates(page), `/vi${path}`).toEqual(fromEnglish);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/vi${path}$`));
  }
});

test("the Vietnamese edition speaks Vietnamese, with Vietnamese dates", async ({ page }) => {
  await page.goto(`/vi/projects/${translated.slug}/`);
  await expect(page.getByRole("link", { name: vi.site.nav.categories, exact: true }).first()).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: vi.project.facts })).toBeVisible();
  const [year, month, day] = translated.lastReviewed.split("-");
  await expect(page.getByText(`${day}/${month}/${year}`).first()).toBeVisible();
  await expect(page.getByText(vi.project.notTranslated)).toHaveCount(0);
});

test("a project without a translation shows its English text with a note and a link", async ({ page }) => {
  await page.goto(`/vi/projects/${untranslated.slug}/`);
  const note = page.getByRole("note").filter({ hasText: vi.project.notTranslated });
  await expect(note).toBeVisible();
  await expect(note.getByRole("link", { name: vi.project.englishVersion })).toHaveAttribute(
    "href",
    `/projects/${untranslated.slug}/`,
  );
  await expect(page.getByText(untranslated.tagline).first()).toBeVisible();
});

test("the sitemap lists both editions of every page", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  for (const path of ["/", "/trust/", `/projects/${translated.slug}/`, "/prices/"]) {
    expect(urls, path).toContain(path);
    expect(urls, path).toContain(`/vi${path}`);
  }
});

test("a Vietnamese search typed without diacritics finds the words written with them", async ({ page }) => {
  const saying = content.projects.filter((project) =>
    content.vi.projects.get(project.slug)?.tagline.toLowerCase().includes("mạng lưu trữ"),
  );
  expect(saying.length).toBeGreaterThan(0);
  await page.goto("/vi/search/");
  await page.getByRole("searchbox", { name: clientVi.search.label }).fill("mang luu tru");
  const results = page.getByRole("list", { name: clientVi.search.resultsList });
  for (const project of saying) {
    const result = results
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: project.name }) });
    await expect(result).toBeVisible();
    await expect(result.locator("mark").filter({ hasText: /mạng/i }).first()).toBeVisible();
  }
  await expect(page).toHaveURL(/\/vi\/search\/\?q=mang(\+|%20)luu(\+|%20)tru$/);
});

test("the page-not-found switch leads to the Vietnamese home page, not to a missing twin", async ({
  page,
}) => {
  const response = await page.goto("/no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await switchTo(page, "Tiếng Việt").click();
  await expect(page).toHaveURL(/\/vi\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the language switch still links the same page in the other edition", async ({ page }) => {
    await page.goto(`/projects/${translated.slug}/`);
    await expect(switchTo(page, "Tiếng Việt")).toHaveAttribute("href", `/vi/projects/${translated.slug}/`);
    await page.goto("/vi/trust/");
    await expect(switchTo(page, "English")).toHaveAttribute("href", "/trust/");
  });
});
