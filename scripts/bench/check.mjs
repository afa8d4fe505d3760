// `npm run bench:check`: checks bench/results/latest.json against bench/budgets.json, without measuring.
import fs from "node:fs";
import { BUDGETS_FILE, RESULTS_FILE, checkBudgets, readJson, toMarkdown } from "./budgets.mjs";

if (!fs.existsSync(RESULTS_FILE)) {
  console.error(`No ${RESULTS_FILE}: run \`npm run bench\` first.`);
  process.exit(2);
}
const results = readJson(RESULTS_FILE);
console.log(toMarkdown(results));
const over = checkBudgets(results, readJson(BUDGETS_FILE));
if (over.length > 0) {
  console.error(`\nOver budget (${over.length}):\n${over.map((line) => `- ${line}`).join("\n")}`);
  process.exit(1);
}
console.log("\nAll figures are within budget.");
