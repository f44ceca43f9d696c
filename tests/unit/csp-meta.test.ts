import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { metaPolicy, scriptHashes, withMetaPolicy } from "../../scripts/lib/csp-meta";

const page =
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><script src="/_next/a.js" async=""></script></head>' +
  '<body><script>self.__next_f.push([1,"a"])</script><script>self.__next_f.push([1,"a"])</script>' +
  '<script type="module">import("/x.js")</script></body></html>';
const hashOf = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("the per-page policy", () => {
  it("hashes each distinct inline script and leaves scripts with a src to 'self'", () => {
    expect(scriptHashes(page)).toEqual([hashOf('self.__next_f.push([1,"a"])'), hashOf('import("/x.js")')]);
    const policy = metaPolicy(page);
    expect(policy).toContain(`script-src 'self' ${hashOf('self.__next_f.push([1,"a"])')}`);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it("goes first in <head>, before any script, and replaces an older one", () => {
    const once = withMetaPolicy(page);
    expect(once.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(once.indexOf("<script"));
    expect(once.indexOf("<head>")).toBeLessThan(once.indexOf('http-equiv="Content-Security-Policy"'));
    expect(withMetaPolicy(once)).toBe(once);
    expect(() => withMetaPolicy("<p>no head</p>")).toThrow(/no <head>/);
  });
});
