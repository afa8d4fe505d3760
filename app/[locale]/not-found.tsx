/**
 * Never shown: every page is prerendered and unknown URLs get app/global-not-found.tsx.
 * It exists because Next.js sends this segment's not-found UI inside every page's
 * payload; without it, that would be Next's default 404 markup and styles.
 */
export default function NotFound() {
  return <h1>404</h1>;
}
