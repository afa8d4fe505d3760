/**
 * Fills `{name}` placeholders in an interface string: fill("{count} results", { count: 3 }).
 * No dependencies, so the browser modules use the same function as the server.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
