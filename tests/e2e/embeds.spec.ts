import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { content } from "./content-reader";

const project = content.projects.find((candidate) => candidate.slug === "akash-network")!;
/** A page of another site: a second server on another port (another origin), embedding `frames`. */
async function hostPageWith(frames: string[]): Promise<{ url: string; close: () => void }> {
  const html = `<!doctype html><title>Article</title>${frames.join("")}`;
  const server = createServer((_request, response) => {
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.end(html);
  }).listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() };
}

test("an embed renders inside another site's iframe, and a normal page refuses to be framed", async ({
  page,
  baseURL,
}) => {
  const host = await hostPageWith([
    `<iframe id="card" title="card" src="${baseURL}/embed/projects/${project.slug}/" width="600" height="300"></iframe>`,
    `<iframe id="table" title="table" src="${baseURL}/embed/compare/?projects=akash-network,render-network" width="900" height="600"></iframe>`,
    `<iframe id="page" title="page" src="${baseURL}/projects/${project.slug}/" width="600" height="300"></iframe>`,
  ]);
  await page.goto(host.url);
  const card = page.frameLocator("#card");
  await expect(card.getByRole("heading", { level: 1, name: project.name })).toBeVisible();
  await expect(card.getByRole("link", { name: "DeAI Atlas" })).toHaveAttribute(
    "href",
    /\/projects\/akash-network\/$/,
  );
  const table = page.frameLocator("#table");
  await expect(table.getByRole("table")).toBeVisible();
  await expect(table.locator("thead th[scope=col] a")).toHaveText(["Akash Network", "Render Network"]);
  // Refused by frame-ancestors 'none': the browser shows its error page in the frame instead of the project.
  await expect
    .poll(() => page.frames().map((frame) => frame.url()))
    .toContain("chrome-error://chromewebdata/");
  await expect(page.frameLocator("#page").getByRole("heading", { name: project.name })).toHaveCount(0);
  host.close();
});

test("each project page offers the iframe and badge snippets, and its badge and feed answer", async ({
  page,
  request,
}) => {
  await page.goto(`/projects/${project.slug}/`);
  await expect(page.getByLabel("An embeddable card (HTML)")).toHaveValue(
    new RegExp(`<iframe src="[^"]+/embed/projects/${project.slug}/"`),
  );
  await expect(page.getByLabel("A badge for a README (Markdown)")).toHaveValue(
    new RegExp(`\\]\\([^)]+/badges/${project.slug}\\.svg\\)\\]`),
  );
  const feed = page.locator('link[rel="alternate"][type="application/atom+xml"]');
  await expect(feed).toHaveAttribute("href", new RegExp(`/projects/${project.slug}/feed\\.xml$`));
  await expect(page.getByRole("link", { name: `Follow ${project.name}` })).toBeVisible();
  const badge = await request.get(`/badges/${project.slug}.svg`);
  expect(badge.headers()["content-type"]).toContain("image/svg+xml");
  expect(await badge.text()).toContain(project.name);
  const atom = await request.get(`/projects/${project.slug}/feed.xml`);
  expect(atom.status()).toBe(200);
  expect(await atom.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
});

test("the changes page filters by kind of fact, and the address keeps the filter", async ({ page }) => {
  await page.goto("/changes/?kind=statuss");
  await expect(page.getByRole("alert").filter({ hasText: "statuss" })).toContainText("Use Status instead");
  await page.getByRole("button", { name: "Use Status instead" }).click();
  await expect(page).toHaveURL(/\/changes\/\?kind=status$/);
  await expect(page.getByRole("status").filter({ hasText: /change/ })).toHaveText(/^\d+ changes?$/);
});
