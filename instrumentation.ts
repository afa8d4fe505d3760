/**
 * Runs once when the server starts (Next.js's instrumentation hook), before it answers
 * any request: the few requests Next.js cannot handle (TRACE, `OPTIONS *`, an absolute
 * URL as the target) get a proper answer instead of a 500 (lib/request-guard.ts).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { guardRequests } = await import("./lib/request-guard");
  guardRequests();
}
