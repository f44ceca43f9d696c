// `npm run validate`: checks every content file and prints all problems at once; exits non-zero on any.
import path from "node:path";
import { checkContent, formatProblem } from "../src/lib/content/load";

const root = path.resolve(process.argv.slice(2).find((argument) => argument !== "--") ?? "content");
const { projects, categories, problems } = checkContent(root);

if (problems.length > 0) {
  console.error(problems.map(formatProblem).join("\n"));
  console.error(`\n${problems.length} problem${problems.length === 1 ? "" : "s"} found; nothing was built.`);
  process.exit(1);
}
console.log(`Content is valid: ${projects.length} projects in ${categories.length} categories.`);
