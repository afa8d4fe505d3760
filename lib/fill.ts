/** A `{name}` placeholder of an interface string. */
const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Fills `{name}` placeholders in an interface string: fill("{count} results", { count: 3 }).
 * No dependencies, so the browser modules use the same function as the server.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(PLACEHOLDER, (match, name: string) => (name in values ? String(values[name]) : match));
}

/** The placeholders of an interface string, as written: placeholders("{count} results") is ["{count}"]. */
export function placeholders(template: string): string[] {
  return template.match(PLACEHOLDER) ?? [];
}
