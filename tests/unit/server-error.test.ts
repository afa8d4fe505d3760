import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/[locale]/search/route";
import { renderPage, renderServerError } from "@/app/render-page";
import { SERVER_ERROR, SERVER_ERROR_PAGE } from "@/lib/server-error.mjs";

// The search page fails to render, as it would in a deployment without its content.
vi.mock("@/app/render-page", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/app/render-page")>()),
  renderPage: vi.fn(async () => {
    throw new Error("content/en/ui.json is missing");
  }),
}));

describe("the server-error page at run time", () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it("is the page the build left, with status 500, kept by no cache", async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "server-error-"));
    fs.mkdirSync(path.dirname(path.join(dir, SERVER_ERROR_PAGE)), { recursive: true });
    fs.writeFileSync(path.join(dir, SERVER_ERROR_PAGE), "<!DOCTYPE html><title>built page</title>");
    const response = await renderServerError(dir);
    expect(response.status).toBe(500);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(await response.text()).toBe("<!DOCTYPE html><title>built page</title>");
  });

  it("is a few plain lines with a link to the start when the build's page cannot be read", async () => {
    const response = await renderServerError(path.join(os.tmpdir(), "no-such-build"));
    expect(response.status).toBe(500);
    const html = await response.text();
    expect(html).toContain(`<title>${SERVER_ERROR.title}</title>`);
    expect(html).toContain(`<p>${SERVER_ERROR.body}</p>`);
    expect(html).toContain(`<a href="/">${SERVER_ERROR.home}</a>`);
    expect(html).not.toContain("<script");
  });

  it("is what search answers when it cannot render, not an empty 500", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await GET(new Request("http://localhost/search?q=ice"), {
      params: Promise.resolve({ locale: "en" }),
    });
    expect(renderPage).toHaveBeenCalledWith("en", "search", "ice");
    expect(response.status).toBe(500);
    expect(await response.text()).toContain(SERVER_ERROR.title);
    expect(logged).toHaveBeenCalledWith("The search page could not be rendered:", expect.any(Error));
    logged.mockRestore();
  });
});
