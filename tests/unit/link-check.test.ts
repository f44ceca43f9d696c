import { describe, expect, it } from "vitest";
import { fileForPath, findBrokenLinks, linksIn, pathOfFile, resolveLink } from "../../scripts/lib/link-check";

const files = new Set(["index.html", "projects/akash/index.html", "data/projects.json", "_next/app.js"]);
const check = (pages: Record<string, string>, basePath = "") =>
  findBrokenLinks(new Map(Object.entries(pages)), new Set([...files, ...Object.keys(pages)]), basePath);

describe("link check", () => {
  it("reads href and src values, decoding entities", () => {
    expect(linksIn(`<a href="/a/?x=1&amp;y=2">a</a><script src='/_next/app.js'></script>`)).toEqual([
      "/a/?x=1&y=2",
      "/_next/app.js",
    ]);
  });

  it("maps export files to site paths and back", () => {
    expect(pathOfFile("projects/akash/index.html")).toBe("/projects/akash/");
    expect(pathOfFile("index.html")).toBe("/");
    expect(fileForPath("/projects/akash/", files)).toBe("projects/akash/index.html");
    expect(fileForPath("/projects/akash", files)).toBe("projects/akash/index.html");
    expect(fileForPath("/projects/render/", files)).toBeUndefined();
  });

  it("resolves relative links and skips other sites, mail and data URLs", () => {
    expect(resolveLink("/projects/akash/", "../render/#facts")).toEqual({
      path: "/projects/render/",
      fragment: "facts",
    });
    for (const target of ["https://akash.network", "mailto:a@b.c", "data:text/csv,a", "//cdn.test/x.js"])
      expect(resolveLink("/", target)).toBeUndefined();
  });

  it("passes a site whose links all exist", () => {
    const home = `<p id="top"></p><a href="/projects/akash/">A</a><a href="/data/projects.json">J</a><script src="/_next/app.js"></script>`;
    expect(
      check({ "index.html": home, "projects/akash/index.html": `<a href="/#top">home</a><h1 id="x">A</h1>` }),
    ).toEqual([]);
  });

  it("reports a missing page, a missing asset and a fragment no element carries", () => {
    const home = `<p id="top"></p><a href="/projects/render/">R</a><img src="/logo.png"><a href="/projects/akash/#sources">S</a>`;
    expect(check({ "index.html": home, "projects/akash/index.html": `<h2 id="facts"></h2>` })).toEqual([
      { page: "index.html", target: "/projects/render/", reason: "no such page or file" },
      { page: "index.html", target: "/logo.png", reason: "no such page or file" },
      { page: "index.html", target: "/projects/akash/#sources", reason: 'no element with id "sources"' },
    ]);
  });

  it("under a base path, flags links that forget it", () => {
    const home = `<a href="/atlas/projects/akash/">ok</a><a href="/projects/akash/">forgot</a>`;
    expect(check({ "index.html": home }, "/atlas")).toEqual([
      { page: "index.html", target: "/projects/akash/", reason: "outside the base path /atlas" },
    ]);
  });
});
