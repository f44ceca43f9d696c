import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  commonHeaders,
  embedPolicy,
  headersFile,
  nginxConfig,
  pagePolicy,
  unframedSections,
} from "../../scripts/lib/security-headers";
import { nginxHeaders, parseHeadersFile, toServeConfig, toServeGlob } from "../../scripts/lib/static-headers";

const rules = parseHeadersFile(readFileSync("public/_headers", "utf8"));
const headersAt = (path: string) => new Map(rules.find((rule) => rule.path === path)!.headers);

describe("static host headers", () => {
  it("reads rules, skipping comments, and turns them into serve.json globs", () => {
    const parsed = parseHeadersFile("# note\n/*\n  X-A: 1\n  X-B: a: b\n/data/*\n  X-C: 2\n");
    expect(parsed).toEqual([
      {
        path: "/*",
        headers: [
          ["X-A", "1"],
          ["X-B", "a: b"],
        ],
      },
      { path: "/data/*", headers: [["X-C", "2"]] },
    ]);
    expect(toServeConfig(parsed).headers.map((rule) => rule.source)).toEqual(["**", "data/**"]);
    expect(["/", "/vi", "/404.html", "/feed.xml"].map(toServeGlob)).toEqual([
      "index.html",
      "vi/index.html",
      "404.html",
      "feed.xml",
    ]);
    expect(() => parseHeadersFile("  X-A: 1\n")).toThrow(/line 1/);
  });

  it("are written from one module: _headers and nginx.conf are up to date", () => {
    expect(readFileSync("public/_headers", "utf8")).toBe(headersFile());
    expect(readFileSync("docs/nginx.conf", "utf8")).toBe(nginxConfig());
  });

  it("allow no other origin, stop MIME sniffing, and let only embeds be framed", () => {
    expect(pagePolicy).toContain("default-src 'self'");
    expect(pagePolicy).toContain("frame-ancestors 'none'");
    expect(pagePolicy).toContain("object-src 'none'");
    expect(pagePolicy).not.toMatch(/https?:|\*/);
    expect(embedPolicy).toContain("frame-ancestors *");
    expect(new Map(headersAt("/*"))).toEqual(new Map(commonHeaders));
    expect(headersAt("/*").has("Content-Security-Policy")).toBe(false);
    expect(headersAt("/embed/*").get("Content-Security-Policy")).toBe(embedPolicy);
    expect(headersAt("/embed/*").has("X-Frame-Options")).toBe(false);
    expect(headersAt("/projects/*").get("Content-Security-Policy")).toBe(pagePolicy);
    expect(headersAt("/projects/*").get("X-Frame-Options")).toBe("DENY");
  });

  it("refuse framing for every route folder of the site but the embeds", () => {
    const folders = ["src/app/(en)", "src/app"].flatMap((root) =>
      readdirSync(root, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && !/^[(_]/.test(entry.name) && entry.name !== "embed")
        .map((entry) => `/${entry.name.replace(/\.(json|xml)$/, ".$1")}`),
    );
    const covered = (folder: string) =>
      unframedSections.some(
        (path) => path === folder || path === `${folder}/*` || path === folder.replace(/\.\w+$/, ""),
      );
    expect(folders.filter((folder) => !covered(folder))).toEqual([]);
  });

  it("adds HSTS and the opener policy for nginx, framing only /embed/", () => {
    const config = nginxConfig();
    const [embed, site] = config.split("location / {");
    expect(nginxHeaders(embed!)).toContainEqual(["Content-Security-Policy", embedPolicy]);
    expect(nginxHeaders(site!)).toContainEqual(["Content-Security-Policy", pagePolicy]);
    expect(nginxHeaders(site!)).toContainEqual(["X-Frame-Options", "DENY"]);
    for (const part of [embed!, site!]) {
      expect(new Map(nginxHeaders(part)).get("Strict-Transport-Security")).toMatch(/^max-age=\d+/);
      expect(new Map(nginxHeaders(part)).get("Cross-Origin-Opener-Policy")).toBe("same-origin");
    }
  });
});
