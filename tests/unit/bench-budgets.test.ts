import { describe, expect, it } from "vitest";
import { checkBudgets } from "../../scripts/bench/budgets.mjs";

const budgets = {
  lighthouse: { performance: 100, accessibility: 100, bestPractices: 100, seo: 100, cls: 0, tbtMs: 10, lcpRatio: 1.3 },
};
const run = (url: string, figures: Record<string, number | null>) => ({
  url,
  performance: 100,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  lcpMs: 1000,
  tbtMs: 0,
  cls: 0,
  ...figures,
});

describe("the benchmark's budget check", () => {
  it("passes figures within budget and names each one over it", () => {
    const lighthouse = [
      { ...run("https://x/reference", {}), reference: true },
      run("https://x/faq", {}),
      run("https://x/resources", { tbtMs: 62, performance: 99 }),
    ];
    expect(checkBudgets({ lighthouse }, budgets)).toEqual([
      "Lighthouse /resources: performance is 99, budget at least 100",
      "Lighthouse /resources: TBT ms is 62, budget 10",
    ]);
  });

  it("reports a figure that was not measured (a failed run) instead of taking it as within budget", () => {
    const lighthouse = [
      { ...run("https://x/reference", {}), reference: true },
      run("https://x/resources", { tbtMs: Number.NaN, lcpMs: null, cls: Number.NaN }),
    ];
    expect(checkBudgets({ lighthouse }, budgets)).toEqual([
      "Lighthouse /resources: CLS was not measured",
      "Lighthouse /resources: TBT ms was not measured",
      "Lighthouse /resources: LCP ms (1.3 x the one-file page's 1000 ms) was not measured",
    ]);
  });
});
