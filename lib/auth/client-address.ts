// The client's address for the sign-in throttle and the security log. X-Forwarded-For is
// written left to right by whoever handles the request, the client first: only the
// entries our own proxies appended, counted from the right, can be believed.
import { isIP } from "node:net";
import { trustedProxyHops } from "./config";

/** Set on every request by lib/auth/socket-address.ts, overwriting whatever a client sent. */
export const SOCKET_ADDRESS_HEADER = "x-jejak-socket-address";

const g = globalThis as typeof globalThis & { __socketAddressCaptured?: boolean };

/**
 * hops = 0: the socket's address (the app faces clients itself). hops = N: the Nth entry
 * from the right of X-Forwarded-For; with fewer entries than trusted proxies (a request
 * that went round them) the left-most there is. null when no address can be believed.
 */
export function clientAddress(headers: Headers, hops = trustedProxyHops()): string | null {
  if (hops === 0) return g.__socketAddressCaptured ? normaliseAddress(headers.get(SOCKET_ADDRESS_HEADER)) : null;
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (chain.length === 0) return null;
  return normaliseAddress(chain[Math.max(0, chain.length - hops)]);
}

/** An IPv4 client on a dual-stack socket reads as ::ffff:a.b.c.d; anything not an address is no address. */
export function normaliseAddress(value: string | null | undefined): string | null {
  const address = value?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "") ?? "";
  return isIP(address) ? address.toLowerCase() : null;
}

/** For lib/auth/socket-address.ts only: from now on the header is the server's own. */
export function markSocketAddressCaptured() {
  g.__socketAddressCaptured = true;
}
