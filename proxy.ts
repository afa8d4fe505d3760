import { NextResponse, type NextRequest } from "next/server";

/**
 * Answers URLs with broken percent-encoding (e.g. `/%E0%A4`) with the helpful
 * 404 page. Left alone, Next.js fails to decode them and answers 500. The
 * rewrite goes straight to the 404 route (`/_not-found`, from global-not-found.tsx):
 * a rewrite to a path that the dynamic routes would match still fails to decode.
 * The matcher keeps this off every other request: it runs only when a path has a `%`.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    return NextResponse.rewrite(new URL("/_not-found", request.url));
  }
}

export const config = {
  matcher: ["/:path(.*%.*)"],
};
