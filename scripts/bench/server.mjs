// Starting and stopping the servers the benchmark measures.
import { spawn } from "node:child_process";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import zlib from "node:zlib";

/** A free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url, timeoutMs = 60_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** Runs `next start` in its own process group; returns its base URL and a stop function. */
export async function startNext(cwd = process.cwd()) {
  const port = await freePort();
  const child = spawn(path.join(cwd, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd,
    detached: true,
    stdio: "ignore",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(`${baseUrl}/`);
  return {
    baseUrl,
    stop: () => {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
    },
  };
}

/**
 * The reference: a minimal static file server that answers HTML from memory
 * (`bodies`: URL path → contents), so Next's own cost per request can be
 * compared with the floor. Like `next start`, it gzips each response on every
 * request (zlib's default level, as Next's `compression` does) when the client
 * accepts gzip, so both servers pay the same compression cost.
 */
export async function startStatic(bodies) {
  const port = await freePort();
  const files = new Map(Object.entries(bodies).map(([url, body]) => [url, Buffer.from(body)]));
  const server = http.createServer((request, response) => {
    const body = files.get(request.url.split("?")[0]);
    if (!body) {
      response.writeHead(404).end();
      return;
    }
    const headers = { "content-type": "text/html; charset=utf-8", vary: "Accept-Encoding" };
    if (!/\bgzip\b/.test(request.headers["accept-encoding"] ?? "")) {
      response.writeHead(200, { ...headers, "content-length": body.length }).end(body);
      return;
    }
    zlib.gzip(body, (error, gzipped) => {
      if (error) response.writeHead(500).end();
      else response.writeHead(200, { ...headers, "content-encoding": "gzip", "content-length": gzipped.length }).end(gzipped);
    });
  });
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { baseUrl: `http://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(resolve)) };
}
