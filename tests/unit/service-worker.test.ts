import { describe, expect, it, vi } from "vitest";
import { GET } from "@/app/sw.js/route";

// On the small site in tests/fixtures/site (vitest.config.mts).

type Listener = (event: Record<string, unknown>) => void;

/** Runs the service worker the build writes, in a stand-in for the browser's worker scope. */
async function startWorker(existingCaches: string[]) {
  const script = await (await GET()).text();
  const version = script.match(/"version":"([^"]+)"/)![1]!;
  const listeners: Record<string, Listener> = {};
  const stored = new Set(existingCaches);
  const caches = {
    keys: async () => [...stored],
    delete: async (key: string) => stored.delete(key),
    open: async (key: string) => {
      stored.add(key);
      return { match: async () => undefined, put: async () => {} };
    },
    match: async () => undefined,
  };
  const scope = {
    addEventListener: (type: string, listener: Listener) => (listeners[type] = listener),
    skipWaiting: () => {},
    clients: { claim: async () => {} },
    location: { origin: "https://guide.example" },
  };
  const fetch = vi.fn(async () => new Response("network"));
  new Function("self", "caches", "fetch", script)(scope, caches, fetch);
  return { version, listeners, stored, fetch };
}

describe("the service worker", () => {
  it("drops the offline copies of older builds when the new one takes over", async () => {
    const probe = await startWorker([]);
    const current = `guide-${probe.version}`;
    const { listeners, stored } = await startWorker(["guide-older-build", current, "guide-even-older"]);
    let done: Promise<unknown> = Promise.resolve();
    listeners.activate!({ waitUntil: (promise: Promise<unknown>) => (done = promise) });
    await done;
    expect([...stored]).toEqual([current]);
  });

  it("never handles another site's requests, anything but reads, or a search with a query", async () => {
    const { listeners } = await startWorker([]);
    const respondWith = vi.fn();
    const request = (url: string, method = "GET", mode = "navigate") => ({ request: { url, method, mode }, respondWith });
    listeners.fetch!(request("https://weather.com/"));
    listeners.fetch!(request("https://guide.example/faq", "POST"));
    listeners.fetch!(request("https://guide.example/search?q=ice+raid"));
    listeners.fetch!(request("https://guide.example/es/search?q=redada"));
    expect(respondWith).not.toHaveBeenCalled();
    listeners.fetch!(request("https://guide.example/es/faq"));
    listeners.fetch!(request("https://guide.example/es/search"));
    expect(respondWith).toHaveBeenCalledTimes(2);
  });

  it("knows every page of every language it may keep", async () => {
    const script = await (await GET()).text();
    const { languages } = JSON.parse(script.match(/\)\((\{.*\})\);\n$/)![1]!);
    expect(languages.es.pages).toEqual(
      expect.arrayContaining(["/es", "/es/faq", "/es/card", "/es/record", "/es/search-index.json"]),
    );
    expect(languages.en.fallback).toBe("/offline");
    expect(Object.keys(languages)).toHaveLength(11);
  });
});
