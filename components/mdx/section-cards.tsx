import Link from "next/link";
import { Icon } from "../ui/icon";
import type { MdxContext } from "./context";

/** `<SectionCards />`: a card for each section of the guide (every page but home). */
export function createSectionCards({ pages }: MdxContext) {
  return function SectionCards() {
    return (
      <ul className="my-6 grid list-none gap-3 p-0 sm:grid-cols-2">
        {pages
          .filter((page) => page.slug !== "")
          .map((page) => (
            <li key={page.slug} className="rounded border border-line">
              <Link href={page.path} prefetch={false} className="block h-full p-4 no-underline hover:underline">
                <span className="flex items-center justify-between gap-2 text-lg font-bold underline">
                  {page.title}
                  <Icon name="arrowRight" />
                </span>
                <span className="mt-1 block text-ink">{page.description}</span>
              </Link>
            </li>
          ))}
      </ul>
    );
  };
}
