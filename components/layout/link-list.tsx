/** A list of links to other pages, each a comfortable tap target (search, offline and 404 pages). */
export function LinkList({ links }: { links: readonly { href: string; label: string }[] }) {
  return (
    <ul>
      {links.map((link) => (
        <li key={link.href}>
          <a href={link.href} className="tap-target">
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
