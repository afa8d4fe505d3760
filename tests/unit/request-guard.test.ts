import { describe, expect, it } from "vitest";
import { checkRequest } from "@/lib/request-guard";

describe("the requests the server answers before Next.js", () => {
  it("leaves ordinary requests to Next.js, whatever the method", () => {
    for (const method of ["GET", "HEAD", "POST", "OPTIONS", "PUT"]) expect(checkRequest(method, "/faq?x=1")).toBeNull();
    expect(checkRequest("GET", "//evil.example/faq")).toBeNull();
  });

  it("refuses TRACE and CONNECT, which Next.js cannot make into a Request, with 405", () => {
    expect(checkRequest("TRACE", "/faq")).toEqual({ status: 405 });
    expect(checkRequest("CONNECT", "example.org:443")).toEqual({ status: 405 });
  });

  it("answers `*` as the target with 405 for OPTIONS and 400 otherwise", () => {
    expect(checkRequest("OPTIONS", "*")).toEqual({ status: 405 });
    expect(checkRequest("GET", "*")).toEqual({ status: 400 });
  });

  it("serves an absolute URL as its path on this site, never as another host", () => {
    expect(checkRequest("GET", "http://evil.example/faq/?q=1")).toEqual({ url: "/faq/?q=1" });
    expect(checkRequest("GET", "https://evil.example")).toEqual({ url: "/" });
  });

  it("answers a target that is neither a path nor a web address with 400", () => {
    expect(checkRequest("GET", "faq")).toEqual({ status: 400 });
    expect(checkRequest("GET", "javascript:alert(1)")).toEqual({ status: 400 });
  });
});
