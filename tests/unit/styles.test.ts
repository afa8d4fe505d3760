import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** Every file under `dir`, as paths from the repository root. */
function walk(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

describe("the stylesheet", () => {
  const globals = fs.readFileSync("app/globals.css", "utf8");
  const imported = [...globals.matchAll(/^@import "\.\.\/(components\/[^"]+\.css)";$/gm)].map((match) => match[1]!);

  it("imports every component's styles, once: a .css file beside a component is never left out of the build", () => {
    const files = walk("components").filter((file) => file.endsWith(".css"));
    expect([...imported].sort()).toEqual(files.sort());
    expect(new Set(imported).size).toBe(imported.length);
  });

  it("keeps each component's styles beside its component", () => {
    for (const file of imported) expect(fs.existsSync(file.replace(/\.css$/, ".tsx")), file).toBe(true);
  });
});
