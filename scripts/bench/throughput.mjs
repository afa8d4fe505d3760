// Requests per second and latency under load, with autocannon, on loopback only.
import autocannon from "autocannon";

function run(url, durationSeconds, connections, headers) {
  return new Promise((resolve, reject) => {
    autocannon({ url, duration: durationSeconds, connections, headers }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

/**
 * Warm up, then load one URL for `seconds` at `connections` connections. Requests
 * look like a browser's page view (`sec-fetch-mode: navigate`; without it, proxy.ts
 * runs on every request, as it does for scripts and crawlers). With `gzip` (the
 * default) they say `accept-encoding: gzip`, so the server compresses each
 * response; without, it sends the bytes as they are.
 */
export async function measureThroughput(url, { seconds = 10, connections = 50, warmupSeconds = 2, gzip = true } = {}) {
  const headers = { "sec-fetch-mode": "navigate", "sec-fetch-dest": "document", "accept-encoding": gzip ? "gzip" : "identity" };
  await run(url, warmupSeconds, connections, headers);
  const result = await run(url, seconds, connections, headers);
  return {
    url,
    seconds,
    connections,
    encoding: headers["accept-encoding"],
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    // Bytes per response as sent, headers included: shows whether it was compressed.
    bytesPerRequest: result.requests.total ? Math.round(result.throughput.total / result.requests.total) : 0,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}
