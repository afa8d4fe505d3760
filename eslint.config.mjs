// ESLint: JavaScript's recommended rules, typescript-eslint's, and the Next.js plugin's.
// `npm run lint` runs it; CI runs it before the tests. A rule is turned off only with a
// comment saying why.
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [".next/**", "node_modules/**", ".ci/node24/**", "bench/results/**", "test-results/**", "next-env.d.ts"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "@next/next": nextPlugin },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      // Pages are plain HTML documents rendered by React's static renderer, not App Router
      // pages: there is no next/link, next/head or next/script to use instead of these.
      "@next/next/no-html-link-for-pages": "off",
      "@next/next/no-head-element": "off",
      "@next/next/no-css-tags": "off",
      "@next/next/no-sync-scripts": "off",
      // The behaviour modules run in plain pages with no Next.js router to navigate with.
      "@next/next/no-location-assign-relative-destination": "off",
    },
  },
  {
    // Unused variables are mistakes, except a deliberate `_name`.
    rules: { "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }] },
  },
  {
    files: ["**/*.mjs", "scripts/**", "*.config.*"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["components/**/*.ts"],
    languageOptions: { globals: { ...globals.browser } },
  },
);
