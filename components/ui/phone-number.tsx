import { Fragment } from "react";

/**
 * A phone number's text, which may wrap only at its spaces: after "(916)",
 * never inside "382-0256". A whole number on one line could widen the page
 * when a reader has set large text on a narrow phone.
 */
export function PhoneNumber({ display }: { display: string }) {
  return display.split(" ").map((part, index) => (
    <Fragment key={index}>
      {index > 0 ? " " : null}
      <span className="whitespace-nowrap">{part}</span>
    </Fragment>
  ));
}
