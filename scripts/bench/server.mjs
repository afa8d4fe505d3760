// Starting and stopping the servers the benchmark measures.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import http2 from "node:http2";
import net from "node:net";
import os from "node:os";
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
 * accepts gzip, so both servers pay the same compression cost. `extraHeaders`
 * (URL path → headers) adds headers to one path's responses.
 */
export async function startStatic(bodies, extraHeaders = {}) {
  const port = await freePort();
  const files = new Map(Object.entries(bodies).map(([url, body]) => [url, Buffer.from(body)]));
  const server = http.createServer((request, response) => {
    const pathname = request.url.split("?")[0];
    const body = files.get(pathname);
    if (!body) {
      response.writeHead(404).end();
      return;
    }
    const headers = { ...extraHeaders[pathname], "content-type": "text/html; charset=utf-8", vary: "Accept-Encoding" };
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

/** Headers that describe one hop of a connection, never forwarded. */
const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "transfer-encoding",
  "upgrade",
  "http2-settings",
  "host",
]);

/** A throwaway self-signed certificate for 127.0.0.1, made with openssl. */
function makeCertificate() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-tls-"));
  const key = path.join(dir, "key.pem");
  const cert = path.join(dir, "cert.pem");
  try {
    execFileSync(
      "openssl",
      ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1"].concat([
        "-subj",
        "/CN=127.0.0.1",
        "-addext",
        "subjectAltName=IP:127.0.0.1",
        "-keyout",
        key,
        "-out",
        cert,
      ]),
      { stdio: "ignore" },
    );
    return { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
  } catch (error) {
    throw new Error(`the HTTPS front needs openssl to make a certificate (apt-get install openssl): ${error.message}`, {
      cause: error,
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * An HTTPS front speaking HTTP/2, as a deployed site is served (a CDN or
 * reverse proxy in front of \`next start\`; browsers speak HTTP/2 only over
 * TLS). It forwards each request to \`target\` unchanged, compression
 * included, and streams the answer back. Lighthouse measures the site and the
 * one-file reference each through one of these, so both pay the same
 * handshakes. Chromium must be started with --ignore-certificate-errors.
 */
export async function startTlsFront(target) {
  const port = await freePort();
  const targetUrl = new URL(target);
  const server = http2.createSecureServer({ ...makeCertificate(), allowHTTP1: true }, (request, response) => {
    const headers = Object.fromEntries(
      Object.entries(request.headers).filter(([name]) => !name.startsWith(":") && !HOP_BY_HOP.has(name)),
    );
    const upstream = http.request(
      {
        host: targetUrl.hostname,
        port: targetUrl.port,
        method: request.method,
        path: request.url,
        headers: { ...headers, host: targetUrl.host },
      },
      (answer) => {
        const forwarded = Object.fromEntries(Object.entries(answer.headers).filter(([name]) => !HOP_BY_HOP.has(name)));
        response.writeHead(answer.statusCode ?? 502, forwarded);
        answer.pipe(response);
      },
    );
    upstream.on("error", () => {
      if (!response.headersSent) response.writeHead(502);
      response.end();
    });
    request.pipe(upstream);
  });
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { baseUrl: `https://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(resolve)) };
}
