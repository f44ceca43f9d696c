import { describe, expect, it } from "vitest";
import { parseGitLog, projectChanges } from "@/lib/content/file-dates";
import type { Project } from "@/lib/content/schema";

const log = `commit-date:2026-11-20

content/projects/alpha.md
content/projects/beta.md
commit-date:2026-10-01

content/projects/alpha.md
content/projects/gamma.md
`;

const project = (slug: string, lastReviewed: string) =>
  ({ slug, name: slug, file: `content/projects/${slug}.md`, lastReviewed }) as Project;

describe("history", () => {
  it("keeps each file's most recent commit date", () => {
    expect(Object.fromEntries(parseGitLog(log))).toEqual({
      "content/projects/alpha.md": "2026-11-20",
      "content/projects/beta.md": "2026-11-20",
      "content/projects/gamma.md": "2026-10-01",
    });
  });

  it("falls back to the review date for files without history and sorts newest first", () => {
    const changes = projectChanges(
      [project("gamma", "2026-01-01"), project("delta", "2026-10-15")],
      parseGitLog(log),
    );
    expect(changes.map((change) => [change.project.slug, change.date, change.isFromGit])).toEqual([
      ["delta", "2026-10-15", false],
      ["gamma", "2026-10-01", true],
    ]);
  });
});
