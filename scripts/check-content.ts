// `npm run check-content`: loads and checks all the content (every page in every language,
// the directory and the interface strings) and prints each problem with its file and line.
// Exits 1 when there is one. The build runs it first (next.config.mjs), so a broken page
// is the first thing it prints.
import { validateContent } from "../lib/validate-content";

const problems = await validateContent();
if (problems.length > 0) {
  console.error(problems.join("\n"));
  console.error(`\nThe content has ${problems.length === 1 ? "a problem" : `${problems.length} problems`} (above).`);
  process.exitCode = 1;
}
