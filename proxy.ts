import { NextResponse, type NextRequest } from "next/server";

/** Every page and file is read-only: other methods get 405, never a page or an error. */
const READ_METHODS = new Set(["GET", "HEAD"]);

/**
 * Bad requests get a clear 4xx instead of a page or a server error.
 *
 * - A method other than GET or HEAD (POST, PUT, OPTIONS, …) gets 405 Method Not Allowed.
 * - A URL with broken percent-encoding (e.g. `/%E0%A4`) gets the helpful 404 page.
 *   Left alone, Next.js fails to decode it and answers 500. The rewrite goes
 *   straight to the 404 route (`/_not-found`, from global-not-found.tsx): a rewrite
 *   to a path that the dynamic routes would match still fails to decode.
 */
export function proxy(request: NextRequest) {
  if (!READ_METHODS.has(request.method)) {
    return new NextResponse("Method Not Allowed\n", {
      status: 405,
      headers: { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  if (request.nextUrl.pathname.includes("%")) {
    try {
      decodeURIComponent(request.nextUrl.pathname);
    } catch {
      return NextResponse.rewrite(new URL("/_not-found", request.url));
    }
  }
  return NextResponse.next();
}

export const config = {
  // Not the hashed scripts and styles, which Next.js serves itself.
  matcher: ["/((?!_next/static/).*)"],
};
