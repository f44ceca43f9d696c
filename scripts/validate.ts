// `npm run validate`: checks every content file and the Vietnamese vocabulary, and prints all problems at once;
// exits non-zero on any.
import path from "node:path";
import { checkContent, formatProblem } from "../src/lib/content/load";
import { vocabularyTranslationGaps } from "../src/lib/i18n/vocabulary";

const vocabularyFile = "src/lib/i18n/vocabulary/vi.json";
const root = path.resolve(process.argv.slice(2).find((argument) => argument !== "--") ?? "content");
const { projects, categories, vi, problems } = checkContent(root);
const gaps = vocabularyTranslationGaps();
const messages = [
  ...problems.map(formatProblem),
  ...gaps.missing.map(
    (key) => `${vocabularyFile}: "${key}" has no Vietnamese text. Add it, translated from the English module.`,
  ),
  ...gaps.extra.map(
    (key) => `${vocabularyFile}: "${key}" is not in the English vocabulary. Remove it or fix its key.`,
  ),
];

if (messages.length > 0) {
  console.error(messages.join("\n"));
  console.error(`\n${messages.length} problem${messages.length === 1 ? "" : "s"} found; nothing was built.`);
  process.exit(1);
}
console.log(
  `Content is valid: ${projects.length} projects in ${categories.length} categories; ` +
    `Vietnamese texts for ${vi.projects.size} projects and ${vi.categories.size} categories.`,
);
