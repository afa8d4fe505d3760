import type { ReactElement } from "react";

/**
 * Renders a whole HTML document with React's static renderer (`prerender` from
 * `react-dom/static`). The result is plain HTML: no framework script, no React
 * payload. Route handlers call it at build time (and the search page on request).
 *
 * Next.js forbids importing React's server renderer into a route module, so it
 * is loaded with a native `import()` that the bundler leaves alone; Node then
 * resolves `react-dom` from node_modules. Components rendered this way are
 * server components: no hooks, no "use client".
 */
const nativeImport = (id: string): Promise<unknown> => import(/* webpackIgnore: true */ /* turbopackIgnore: true */ id);

export async function renderToHtml(element: ReactElement): Promise<string> {
  const { prerender } = (await nativeImport("react-dom/static")) as typeof import("react-dom/static");
  const { prelude } = await prerender(element);
  return new Response(prelude).text();
}
