/** A button that prints the page (`button[data-module="print-button"]`); hidden without JavaScript. */
export function initPrintButton(button: HTMLElement): void {
  button.addEventListener("click", () => window.print());
}
