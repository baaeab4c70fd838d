// Which address is the client's: the socket's, or the one the outermost trusted proxy saw.
import { afterEach, describe, expect, it } from "vitest";
import { clientAddress, markSocketAddressCaptured, normaliseAddress, SOCKET_ADDRESS_HEADER } from "./client-address";
import { issueKnownBrowser, knownBrowserId } from "./known-browser";

const g = globalThis as { __socketAddressCaptured?: boolean };
afterEach(() => {
  delete g.__socketAddressCaptured;
});

const request = (xff: string | null, socket = "::ffff:192.0.2.10") => {
  const headers = new Headers({ [SOCKET_ADDRESS_HEADER]: socket });
  if (xff !== null) headers.set("x-forwarded-for", xff);
  return headers;
};

describe("client address", () => {
  it("with no trusted proxy takes the socket's address and ignores what the client wrote", () => {
    markSocketAddressCaptured();
    expect(clientAddress(request("203.0.113.9"), 0)).toBe("192.0.2.10");
    expect(clientAddress(request(null, "2001:DB8::1"), 0)).toBe("2001:db8::1");
  });

  it("believes no header when nothing on this server writes the socket's address", () => {
    expect(clientAddress(request("203.0.113.9"), 0)).toBeNull();
  });

  it("counts trusted hops from the right of X-Forwarded-For", () => {
    // The client wrote the first entry; proxy 1 appended the client's real address, proxy 2 proxy 1's.
    const chain = "6.6.6.6, 198.51.100.4, 10.0.0.2";
    expect(clientAddress(request(chain), 1)).toBe("10.0.0.2");
    expect(clientAddress(request(chain), 2)).toBe("198.51.100.4");
    expect(clientAddress(request("6.6.6.6,198.51.100.4"), 1)).toBe("198.51.100.4");
    // Fewer entries than trusted proxies: the request went round them; the furthest entry.
    expect(clientAddress(request("198.51.100.4"), 3)).toBe("198.51.100.4");
    expect(clientAddress(request(null), 1)).toBeNull();
    expect(clientAddress(request("6.6.6.6, not-an-address"), 1)).toBeNull();
  });

  it("reads an IPv4 client on a dual-stack socket as IPv4", () => {
    expect(normaliseAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normaliseAddress("::1")).toBe("::1");
    expect(normaliseAddress("")).toBeNull();
  });
});

describe("known-browser cookie", () => {
  const secret = "test-secret-test-secret-test-secret-0123";
  it("is accepted for its own account only, unaltered and before it expires", () => {
    const now = new Date("2026-12-04T00:00:00Z");
    const value = issueKnownBrowser("user-1", now, secret);
    expect(knownBrowserId(value, "user-1", now, secret)).toMatch(/^[\w-]{16}$/);
    expect(knownBrowserId(value, "user-2", now, secret)).toBeNull();
    expect(knownBrowserId(value.replace("user-1", "user-2"), "user-2", now, secret)).toBeNull();
    expect(knownBrowserId(value, "user-1", now, "another-secret-another-secret-012345")).toBeNull();
    expect(knownBrowserId(value, "user-1", new Date("2027-07-01T00:00:00Z"), secret)).toBeNull();
    expect(knownBrowserId(undefined, "user-1", now, secret)).toBeNull();
  });
});
