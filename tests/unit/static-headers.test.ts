import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { nginxHeaders, parseHeadersFile, toServeConfig } from "../../scripts/lib/static-headers";

const headersFile = readFileSync("public/_headers", "utf8");

describe("static host headers", () => {
  it("reads rules, skipping comments, and turns them into serve.json globs", () => {
    const rules = parseHeadersFile("# note\n/*\n  X-A: 1\n  X-B: a: b\n/data/*\n  X-C: 2\n");
    expect(rules).toEqual([
      {
        path: "/*",
        headers: [
          ["X-A", "1"],
          ["X-B", "a: b"],
        ],
      },
      { path: "/data/*", headers: [["X-C", "2"]] },
    ]);
    expect(toServeConfig(rules).headers.map((rule) => rule.source)).toEqual(["**", "data/**"]);
    expect(() => parseHeadersFile("  X-A: 1\n")).toThrow(/line 1/);
  });

  it("sends a policy that allows no other origin, refuses framing and stops MIME sniffing", () => {
    const [site] = parseHeadersFile(headersFile);
    const headers = new Map(site!.headers);
    expect(site!.path).toBe("/*");
    const csp = headers.get("Content-Security-Policy")!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/https?:|\*/);
    expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(headers.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
  });

  it("documents the same headers for nginx", () => {
    const [site] = parseHeadersFile(headersFile);
    expect(nginxHeaders(readFileSync("docs/nginx.conf", "utf8"))).toEqual(site!.headers);
  });
});
