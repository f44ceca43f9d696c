// The template of a new project file, written from the fact registry: one line per fact a file can state, with
// the fact's help text as its comment. `npm run new` fills it in; content/projects/_template.md is a copy of it.
import { facts } from "../../src/lib/facts/registry";
import { trustAxes } from "../../src/lib/facts/trust-axes";

const header = [
  '# Copy this file to content/projects/<slug>.md (lowercase kebab-case) or run: npm run new -- "Project Name"',
  "# Every fact needs a source. When no source settles a fact, leave its line out: the site shows it as unknown.",
];

// Trust is required in rated categories only, so it starts commented out.
const trustLines = [
  "# trust: # required in rated categories; each axis: a value, why (plain sentences) and sources, or unknown",
  ...trustAxes.map(
    (axis) =>
      `#   ${axis.slug}: { value: unknown, why: "", sources: [] } # ${axis.values.map((value) => value.slug).join(" | ")}`,
  ),
];

function factLines(): string[] {
  return facts.flatMap((fact) => {
    if (fact.origin !== "file") return [];
    if (fact.kind === "trust") return trustLines;
    if (!("template" in fact)) return [];
    const [first = "", ...rest] = fact.template.split("\n");
    return [`${first} # ${fact.description}`, ...rest];
  });
}

export const projectTemplate = () =>
  `---\n${[...header, ...factLines()].join("\n")}\n---\n\nWhat the project does, how it works (who supplies resources, who pays, what the token is for) and what has\nchanged recently: 80 to 250 words, in your own words.\n`;
