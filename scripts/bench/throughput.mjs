// Requests per second and latency under load, with autocannon, on loopback only.
import autocannon from "autocannon";

function run(url, durationSeconds, connections) {
  return new Promise((resolve, reject) => {
    autocannon({ url, duration: durationSeconds, connections }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/** Warm up, then load one URL for `seconds` at `connections` connections. */
export async function measureThroughput(url, { seconds = 10, connections = 50, warmupSeconds = 2 } = {}) {
  await run(url, warmupSeconds, connections);
  const result = await run(url, seconds, connections);
  return {
    url,
    seconds,
    connections,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}
