import { describe, expect, it } from "vitest";
import { assetsOfPage, judgeBudgets } from "../../scripts/lib/bundle-size";

describe("bundle size", () => {
  it("lists a page's scripts, script preloads and stylesheets once each", () => {
    const html = `<head><link rel="stylesheet" href="/a.css" data-precedence="next"/>
      <link rel="preload" as="script" fetchPriority="low" href="/b.js"/><link rel="preload" as="font" href="/f.woff2"/>
      <link rel="icon" href="/icon.svg"/></head><body><script src="/c.js" async=""></script>
      <script src="/b.js" async=""></script><script>self.__next_f.push([1])</script></body>`;
    expect(assetsOfPage(html)).toEqual({ scripts: ["/c.js", "/b.js"], styles: ["/a.css"] });
  });

  it("holds browse pages to the floor plus the allowance and only reports the others", () => {
    const verdicts = judgeBudgets(
      [
        { page: "home", jsKb: 146, cssKb: 8, htmlKb: 10, isBrowse: true },
        { page: "project", jsKb: 148, cssKb: 8, htmlKb: 12, isBrowse: true },
        { page: "search", jsKb: 190, cssKb: 8, htmlKb: 9, isBrowse: false },
      ],
      132,
    );
    expect(verdicts.map((verdict) => [verdict.page, verdict.budgetKb, verdict.isOver])).toEqual([
      ["home", 147, false],
      ["project", 147, true],
      ["search", undefined, false],
    ]);
  });
});
