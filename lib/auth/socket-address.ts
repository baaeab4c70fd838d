// Next.js gives server actions the request headers but not the socket, and fills
// X-Forwarded-For with the socket's address only when the client sent none. Node's
// documented diagnostics channel sees every request before Next does: it writes the
// socket's address into a header of our own, replacing any copy a client sent.
import diagnosticsChannel from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { markSocketAddressCaptured, SOCKET_ADDRESS_HEADER } from "./client-address";

type RequestStart = { request: IncomingMessage; socket: Socket };

const g = globalThis as typeof globalThis & { __socketAddressListener?: (message: unknown) => void };

/** Once per server process (instrumentation.ts). */
export function captureSocketAddresses() {
  if (g.__socketAddressListener) return;
  g.__socketAddressListener = (message) => {
    const { request, socket } = message as RequestStart;
    request.headers[SOCKET_ADDRESS_HEADER] = socket.remoteAddress ?? "";
  };
  diagnosticsChannel.subscribe("http.server.request.start", g.__socketAddressListener);
  markSocketAddressCaptured();
}
