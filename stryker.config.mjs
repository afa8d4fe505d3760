// Mutation testing of lib/ (`npm run test:mutation`): StrykerJS changes the code in
// small ways (a condition flipped, a string emptied) and runs the unit tests against
// each change; a change no test notices is a behaviour no test protects. The run
// fails below 80% of changes caught. Not part of `npm test`: it takes long on 2 cores.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.config.mts" },
  mutate: ["lib/**/*.ts", "!lib/locales.generated.ts", "!lib/**/*.d.mts"],
  coverageAnalysis: "perTest",
  // Static mutants (module-level constants such as tables of patterns) run the whole suite
  // each: about a quarter of the mutants and two thirds of the time. They are left out of
  // the run and the score; the unit tests still cover those tables directly.
  ignoreStatic: true,
  // A test that reloads modules (`vi.resetModules()` then `import()`) runs their module-level code
  // again, so Stryker no longer treats those mutants as static: they are counted, take no effect,
  // and survive. Replace what a test needs with `vi.mock` instead (tests/unit/routes.test.ts).
  // Vitest does not type-check, so the sandbox copies need no `@ts-nocheck` (it would change the generated file a test compares).
  disableTypeChecks: false,
  thresholds: { high: 90, low: 80, break: 80 },
  reporters: ["clear-text", "progress"],
  concurrency: 2,
  tempDirName: ".stryker-tmp",
  ignorePatterns: [".next", "bench/results", "test-results", ".ci/node24/node_modules"],
};
