// scripts/bench/budgets.mjs has no types of its own
export declare const RESULTS_FILE: string;
export declare const BUDGETS_FILE: string;
export declare const THROUGHPUT_TARGET_RPS: number;
export declare function checkBudgets(results: unknown, budgets: unknown): string[];
export declare function toMarkdown(results: unknown): string;
export declare function readJson(file: string): unknown;
