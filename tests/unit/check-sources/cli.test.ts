import { execFileSync } from "node:child_process";
import fs from "node:fs";
import https from "node:https";
import net from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIG_BODY_BYTES, fixturePage, startFixtureServer } from "../../fixtures/check-sources/server";
import {
  FIXTURE_CONTENT,
  TEST_SITE_URL,
  readJson,
  removeTempDirs,
  runCli,
  tempDir,
  writeSources,
  type CliRun,
  type JsonReport,
} from "../../fixtures/check-sources/run-cli";

/** Seconds given to --timeout in these tests: short, so the stall cases stay quick. */
const TIMEOUT_S = 2;

let server: Awaited<ReturnType<typeof startFixtureServer>>;

beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
  removeTempDirs();
});

/** Checks the given sources with a state file in a fresh folder; returns the run, its JSON report and the folder. */
async function check(sources: { key: string; url: string | null }[], extra: string[] = [], dir = tempDir()) {
  const run = await runCli([
    "--sources",
    writeSources(dir, sources),
    "--state",
    path.join(dir, "state.json"),
    "--json",
    path.join(dir, "report.json"),
    "--content",
    FIXTURE_CONTENT,
    "--timeout",
    String(TIMEOUT_S),
    ...extra,
  ]);
  const report = fs.existsSync(path.join(dir, "report.json")) ? readJson<JsonReport>(path.join(dir, "report.json")) : null;
  return { run, report, dir, result: report?.sources[0] };
}

/** Checks one path of the fixture server under `key`. */
function checkPath(urlPath: string, key = "source") {
  return check([{ key, url: `${server.origin}${urlPath}` }]);
}

/** A local port that nothing listens on: a connection to it is refused at once. */
function freePort(): Promise<number> {
  return new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function explain(run: CliRun): string {
  return `exit ${run.code}\n${run.stdout}\n${run.stderr}`;
}

describe("a page that changes (local server)", () => {
  const sources = () => [{ key: "opsa-page", url: `${server.origin}/page/opsa` }];
  const serve = (name: string) => server.pages.set("/page/opsa", { type: "text/html; charset=utf-8", body: fixturePage(name) });

  /** Records opsa.html as reviewed (with --update) in a fresh folder, then serves `variant` and checks again. */
  async function reviewThenServe(variant: string) {
    const dir = tempDir();
    serve("opsa.html");
    const baseline = await check(sources(), ["--update"], dir);
    expect(baseline.run.code, explain(baseline.run)).toBe(0);
    serve(variant);
    return check(sources(), [], dir);
  }

  it("is new on its first check, and nothing is recorded without --update", async () => {
    const dir = tempDir();
    serve("opsa.html");
    const { run, result } = await check(sources(), [], dir);
    expect(run.code, explain(run)).toBe(0);
    expect(result?.verdict).toBe("new");
    expect(result?.status).toBe(200);
    expect(fs.existsSync(path.join(dir, "state.json"))).toBe(false);
  });

  it("is recorded as a live check with --update", async () => {
    const dir = tempDir();
    serve("opsa.html");
    const { run } = await check(sources(), ["--update"], dir);
    expect(run.code, explain(run)).toBe(0);
    const state = readJson<{ sources: Record<string, { method: string; fingerprint?: string; text?: string }> }>(
      path.join(dir, "state.json"),
    );
    expect(state.sources["opsa-page"]?.method).toBe("live");
    expect(state.sources["opsa-page"]?.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(state.sources["opsa-page"]?.text).toContain("(916) 808-7525");
  });

  it("is unchanged when served again as it was reviewed", async () => {
    const { run, result } = await reviewThenServe("opsa.html");
    expect(run.code, explain(run)).toBe(0);
    expect(result?.verdict).toBe("unchanged");
  });

  it("is unchanged after a redesign that changes only markup, scripts, banner, menu and footer", async () => {
    const { run, result } = await reviewThenServe("opsa-markup-only.html");
    expect(run.code, explain(run)).toBe(0);
    expect(result?.verdict).toBe("unchanged");
  });

  it("is changed when the phone number changes, with what was removed and added, exiting 0", async () => {
    const { run, result } = await reviewThenServe("opsa-new-phone.html");
    expect(run.code, explain(run)).toBe(0);
    expect(result?.verdict).toBe("changed");
    expect(result?.changes?.removed).toContain("808-7525");
    expect(result?.changes?.added).toContain("808-7600");
    expect(result?.changes?.added.length).toBeLessThanOrEqual(200);
    expect(run.stdout).toMatch(/opsa-page\s+changed\s+200/);
  });

  it("lists every page citing a changed source, in every language, and when each was reviewed", async () => {
    const { run, result } = await reviewThenServe("opsa-new-date.html");
    expect(result?.verdict).toBe("changed");
    expect(result?.changes?.removed).toContain("November 28, 2026");
    expect(result?.changes?.added).toContain("January 5, 2027");
    const byFile = Object.fromEntries((result?.citedBy ?? []).map((page) => [path.relative(FIXTURE_CONTENT, page.file), page]));
    expect(Object.keys(byFile).sort()).toEqual(["en/complaints.mdx", "en/faq.mdx", "en/scope.mdx", "es/faq.mdx"]);
    expect(byFile["en/faq.mdx"]?.reviewed).toBe("before");
    expect(byFile["en/complaints.mdx"]?.reviewed).toBe("after");
    expect(byFile["es/faq.mdx"]?.locale).toBe("es");
    expect(run.stdout).toMatch(
      /es\/faq\.mdx: lastReviewed 2026-11-28, BEFORE the change: review it; translation follows English of 2026-11-20 \(English reviewed 2026-11-28: translation is behind\)/,
    );
  });
});

describe("moves", () => {
  const target = () => `${server.origin}/page/target`;
  for (const [urlPath, status] of [
    ["/moved-301-relative", 301],
    ["/moved-302-absolute", 302],
    ["/old/moved-307-path-relative", 307],
    ["/moved-308", 308],
  ] as const) {
    it(`reports ${status} (${urlPath}) as moved, with the redirect and final URL, exiting 1`, async () => {
      const { run, result } = await checkPath(urlPath);
      expect(run.code, explain(run)).toBe(1);
      expect(result?.verdict).toBe("moved");
      expect(result?.finalUrl).toBe(target());
      expect(result?.redirects).toEqual([{ status, from: `${server.origin}${urlPath}`, to: target() }]);
      expect(result?.flags).not.toContain("other-site");
    });
  }

  it("flags a redirect to another host as other-site", async () => {
    const { run, result } = await checkPath("/moved-other-site");
    expect(run.code, explain(run)).toBe(1);
    expect(result?.verdict).toBe("moved");
    expect(result?.finalUrl).toBe(`${server.otherOrigin}/page/target`);
    expect(result?.flags).toContain("other-site");
  });

  it("reports a move that ends on a 404 as broken, keeping the redirect", async () => {
    const { run, result } = await checkPath("/moved-then-404");
    expect(run.code, explain(run)).toBe(1);
    expect(result?.verdict).toBe("broken");
    expect(result?.status).toBe(404);
    expect(result?.redirects).toHaveLength(1);
  });

  it("reports a redirect without a usable Location as broken (invalid-redirect)", async () => {
    for (const urlPath of ["/redirect-no-location", "/redirect-bad-location"]) {
      const { run, result } = await checkPath(urlPath);
      expect(run.code, explain(run)).toBe(1);
      expect(result?.error?.kind).toBe("invalid-redirect");
    }
  });

  it("stops an endless redirect loop after 5 redirects (too-many-redirects), quickly", async () => {
    const { run, result } = await checkPath("/loop/0");
    expect(run.code, explain(run)).toBe(1);
    expect(result?.verdict).toBe("broken");
    expect(result?.error?.kind).toBe("too-many-redirects");
    expect(result?.redirects).toHaveLength(5);
    expect(result?.elapsedMs).toBeLessThan(2000);
  });

  it("keeps no cookie across redirects and sends an honest User-Agent naming the guide's address", async () => {
    const before = server.requests.length;
    const { result } = await checkPath("/cookie-redirect");
    expect(result?.verdict).toBe("moved");
    const requests = server.requests.slice(before);
    expect(requests.map((request) => request.url)).toEqual(["/cookie-redirect", "/page/target"]);
    for (const request of requests) {
      expect(request.headers.cookie).toBeUndefined();
      expect(request.headers["user-agent"]).toContain(TEST_SITE_URL);
      expect(request.headers["user-agent"]).toContain("Sacramento Immigrant Protections guide");
    }
  });
});

describe("broken sources", () => {
  for (const [status, kind] of [
    [404, "http-4xx"],
    [410, "http-4xx"],
    [500, "http-5xx"],
    [503, "http-5xx"],
  ] as const) {
    it(`reports HTTP ${status} as broken (${kind}), exiting 1`, async () => {
      const { run, result } = await checkPath(`/status/${status}`);
      expect(run.code, explain(run)).toBe(1);
      expect(result?.verdict).toBe("broken");
      expect(result?.status).toBe(status);
      expect(result?.error?.kind).toBe(kind);
      if (status === 503) expect(result?.error?.message).toContain("Retry-After: 120");
    });
  }

  it("gives up on a server that accepts the connection and never answers, in about the timeout", async () => {
    const { run, result } = await check([{ key: "silent", url: `${server.silentOrigin}/` }]);
    expect(run.code, explain(run)).toBe(1);
    expect(result?.error?.kind).toBe("timeout");
    expect(result?.status).toBeNull();
    expect(result?.elapsedMs).toBeGreaterThanOrEqual(TIMEOUT_S * 1000 - 100);
    expect(result?.elapsedMs).toBeLessThan(TIMEOUT_S * 1000 + 1000);
    expect(run.ms).toBeLessThan(TIMEOUT_S * 1000 + 5000); // start-up included
  });

  it("gives up on a body that never ends, in about the timeout", async () => {
    const { run, result } = await checkPath("/stall-body");
    expect(run.code, explain(run)).toBe(1);
    expect(result?.error?.kind).toBe("timeout");
    expect(result?.status).toBe(200);
    expect(result?.elapsedMs).toBeLessThan(TIMEOUT_S * 1000 + 1000);
    expect(run.ms).toBeLessThan(TIMEOUT_S * 1000 + 5000); // start-up included
  });

  it("reports a 200 page that reads as 'Page not found' as broken, flagged soft-404", async () => {
    const { run, result } = await checkPath("/soft-404");
    expect(run.code, explain(run)).toBe(1);
    expect(result?.verdict).toBe("broken");
    expect(result?.status).toBe(200);
    expect(result?.flags).toContain("soft-404");
    expect(result?.error?.kind).toBe("soft-404");
  });

  it("names a refused connection", async () => {
    const closedPort = await freePort();
    const { run, result } = await check([{ key: "refused", url: `http://127.0.0.1:${closedPort}/` }]);
    expect(run.code, explain(run)).toBe(1);
    expect(result?.error?.kind).toBe("connection");
    expect(result?.error?.message).toContain("ECONNREFUSED");
  });

  it("reports a host that does not answer as broken when another host answers", async () => {
    const closedPort = await freePort();
    const { run, report } = await check([
      { key: "answers", url: `${server.origin}/page/target` },
      { key: "refused", url: `http://localhost:${closedPort}/` },
    ]);
    expect(run.code, explain(run)).toBe(1);
    expect(report?.noSourceAnswered).toBe(false);
    expect(report?.sources.map((source) => source.verdict)).toEqual(["new", "broken"]);
  });

  const hasOpenssl = (() => {
    try {
      execFileSync("openssl", ["version"], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  })();
  it.skipIf(!hasOpenssl)("names a TLS failure (a self-signed certificate)", async () => {
    const dir = tempDir();
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "2",
        "-subj",
        "/CN=127.0.0.1",
        "-keyout",
        path.join(dir, "key.pem"),
        "-out",
        path.join(dir, "cert.pem"),
      ],
      { stdio: "ignore" },
    );
    const tls = https.createServer(
      { key: fs.readFileSync(path.join(dir, "key.pem")), cert: fs.readFileSync(path.join(dir, "cert.pem")) },
      (_, res) => res.end("ok"),
    );
    await new Promise<void>((resolve) => tls.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = tls.address() as net.AddressInfo;
      const { run, result } = await check([{ key: "self-signed", url: `https://127.0.0.1:${port}/` }]);
      expect(run.code, explain(run)).toBe(1);
      expect(result?.error?.kind).toBe("tls");
    } finally {
      tls.closeAllConnections();
      await new Promise((resolve) => tls.close(resolve));
    }
  });
});

describe("bodies and types", () => {
  it("stops reading a 50 MB body at the 5 MB cap: quick, and the server sees the connection closed early", async () => {
    const { run, result } = await checkPath("/big");
    expect(run.code, explain(run)).toBe(0);
    expect(result?.verdict).toBe("new");
    expect(result?.flags).toContain("truncated");
    expect(result?.elapsedMs).toBeLessThan(4000);
    await expect.poll(() => server.stats.bigClosed, { timeout: 2000 }).toBe(true);
    // What was written before the close: the 5 MB read plus socket buffers, far from 50 MB.
    expect(server.stats.bigBytesWritten).toBeLessThan(20 * 1024 * 1024);
    expect(server.stats.bigBytesWritten).toBeLessThan(BIG_BODY_BYTES);
  });

  it("reads a PDF's text, and reports a changed date in it with an excerpt", async () => {
    const dir = tempDir();
    const first = await check([{ key: "resolution-pdf", url: `${server.origin}/pdf` }], ["--update"], dir);
    expect(first.run.code, explain(first.run)).toBe(0);
    expect(first.result?.textKind).toBe("pdf");
    const state = readJson<{ sources: Record<string, { text?: string }> }>(path.join(dir, "state.json"));
    expect(state.sources["resolution-pdf"]?.text).toContain("Adopted by the City Council on April 25, 2017.");

    const second = await check([{ key: "resolution-pdf", url: `${server.origin}/pdf-changed` }], [], dir);
    // Another URL is another source: compare the same URL instead, with the PDF swapped behind it.
    expect(second.result?.verdict).toBe("new");
    server.pages.set("/pdf", { type: "application/pdf", body: await fetchBuffer(`${server.origin}/pdf-changed`) });
    try {
      const third = await check([{ key: "resolution-pdf", url: `${server.origin}/pdf` }], [], dir);
      expect(third.result?.verdict).toBe("changed");
      expect(third.result?.changes?.removed).toContain("April 25, 2017");
      expect(third.result?.changes?.added).toContain("May 2, 2017");
    } finally {
      server.pages.delete("/pdf");
    }
  });

  it("reads a page with invalid UTF-8 without failing (replacement characters)", async () => {
    const dir = tempDir();
    const { run, result } = await check([{ key: "bad-bytes", url: `${server.origin}/invalid-utf8` }], ["--update"], dir);
    expect(run.code, explain(run)).toBe(0);
    expect(result?.textKind).toBe("html");
    const state = readJson<{ sources: Record<string, { text?: string }> }>(path.join(dir, "state.json"));
    expect(state.sources["bad-bytes"]?.text).toBe("Caf\ufffd\ufffd\ufffd open 9 to 5.");
  });

  it("fingerprints the bytes of a type it cannot read, and says so", async () => {
    const { run, result } = await checkPath("/image");
    expect(run.code, explain(run)).toBe(0);
    expect(result?.textKind).toBe("bytes");
    expect(result?.flags).toContain("unreadable-type");
  });
});

describe("what it fetches", () => {
  it("fetches only the listed URLs, one at a time on the same host", async () => {
    const before = server.requests.length;
    const sources = [1, 2, 3, 4].map((n) => ({ key: `slow-${n}`, url: `${server.origin}/slow/${n}` }));
    server.stats.maxInFlight = 0;
    const { run, report } = await check(sources);
    expect(run.code, explain(run)).toBe(0);
    expect(report?.sources.map((source) => source.verdict)).toEqual(["new", "new", "new", "new"]);
    expect(server.stats.maxInFlight).toBe(1);
    expect(
      server.requests
        .slice(before)
        .map((request) => request.url)
        .sort(),
    ).toEqual(["/slow/1", "/slow/2", "/slow/3", "/slow/4"]);
  });

  it("checks the registry by default, naming an entry whose URL is malformed and checking the others", async () => {
    const content = tempDir();
    fs.cpSync(FIXTURE_CONTENT, content, { recursive: true });
    fs.writeFileSync(
      path.join(content, "resources.json"),
      JSON.stringify([
        { key: "opsa-page", name: "OPSA", url: `${server.origin}/page/target`, verifiedFrom: [] },
        { key: "broken-entry", name: "Typo", url: "https//www.cityofsacramento.gov/opsa", verifiedFrom: [] },
        { key: "no-url", name: "No page", url: null, verifiedFrom: [] },
      ]),
    );
    const run = await runCli(["--content", content, "--timeout", String(TIMEOUT_S), "--json", path.join(content, "report.json")]);
    expect(run.code, explain(run)).toBe(1);
    expect(run.stdout).toMatch(
      /broken-entry\s+broken\s+—\s+invalid-url: "https\/\/www\.cityofsacramento\.gov\/opsa" is not a valid URL/,
    );
    expect(run.stdout).toContain("Not checked (no URL listed): no-url");
    const report = readJson<JsonReport>(path.join(content, "report.json"));
    expect(report.sources.map((source) => [source.key, source.verdict])).toEqual([
      ["opsa-page", "new"],
      ["broken-entry", "broken"],
    ]);
  });
});

describe("exit status 2: it could not run", () => {
  it("when no source answered on any host (offline): says so, sends no one to change a URL, and records nothing", async () => {
    const closedPort = await freePort();
    const dir = tempDir();
    const { run, report } = await check(
      [
        { key: "first", url: `http://127.0.0.1:${closedPort}/a` },
        { key: "second", url: `http://localhost:${closedPort}/b` },
      ],
      ["--update"],
      dir,
    );
    expect(run.code, explain(run)).toBe(2);
    expect(run.stdout).toContain("Exit status 2: no source answered at all");
    expect(run.stdout).not.toContain("correct its URL");
    expect(run.stdout).not.toContain("Cited by");
    expect(run.stdout).toContain("Not recorded: no source answered");
    expect(report?.noSourceAnswered).toBe(true);
    expect(fs.existsSync(path.join(dir, "state.json"))).toBe(false);
  });

  it("on an unknown option, naming it", async () => {
    const run = await runCli(["--frobnicate"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--frobnicate");
  });

  it("on a timeout that is not a number", async () => {
    const run = await runCli(["--timeout", "soon"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--timeout");
  });

  it("on a sources file that is missing or not a list, naming the file", async () => {
    const dir = tempDir();
    const missing = await runCli(["--sources", path.join(dir, "nope.json")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nope.json");
    const notList = path.join(dir, "object.json");
    fs.writeFileSync(notList, JSON.stringify({ key: "a", url: "http://127.0.0.1/" }));
    const wrong = await runCli(["--sources", notList]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("object.json");
  });

  it("on a broken state file, naming the file and the problem, before fetching anything", async () => {
    const dir = tempDir();
    const state = path.join(dir, "state.json");
    fs.writeFileSync(
      state,
      JSON.stringify({ sources: { "opsa-page": { url: "http://127.0.0.1/", checked: "28 Nov 2026", method: "live" } } }),
    );
    const before = server.requests.length;
    const run = await runCli([
      "--sources",
      writeSources(dir, [{ key: "opsa-page", url: `${server.origin}/page/target` }]),
      "--state",
      state,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(state);
    expect(run.stderr).toContain("checked");
    expect(run.stderr).toContain("ISO date");
    expect(server.requests.length).toBe(before);
  });
});

async function fetchBuffer(url: string): Promise<Buffer> {
  return Buffer.from(await (await fetch(url)).arrayBuffer());
}
