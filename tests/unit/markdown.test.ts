import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/content/markdown";

describe("renderMarkdown", () => {
  it("renders Markdown to HTML", () => {
    expect(renderMarkdown("Some **bold** text and a [link](https://example.test).")).toBe(
      '<p>Some <strong>bold</strong> text and a <a href="https://example.test">link</a>.</p>',
    );
  });

  it("drops raw HTML such as scripts, iframes and event handlers", () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n<iframe src="https://evil.test"></iframe>\n\n<img src=x onerror=alert(1)>',
    );
    expect(html).not.toMatch(/<script|<iframe|onerror|<img/i);
  });

  it("removes javascript: and data: link targets", () => {
    const html = renderMarkdown(
      "[click](javascript:alert(1)) and [data](data:text/html,<script>alert(1)</script>)",
    );
    expect(html).not.toMatch(/javascript:|data:/i);
    expect(html).toContain("click");
  });
});
