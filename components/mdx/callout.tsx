/** `<Callout>…</Callout>`: an important point, set apart. */
export function Callout({ children }: { children: React.ReactNode }) {
  return <div className="callout">{children}</div>;
}
