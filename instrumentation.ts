/**
 * Runs once when the server starts (Next.js's instrumentation hook), before it answers
 * any request: TRACE and the other methods Next.js cannot handle get a 405, not a 500
 * (lib/refuse-methods.ts).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { refuseForbiddenMethods } = await import("./lib/refuse-methods");
  refuseForbiddenMethods();
}
