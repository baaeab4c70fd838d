// Where a request came from, for the security log: the client address as the proxy in
// front reports it (the same header the sign-in throttle reads) and the browser's user agent.
import { headers } from "next/headers";

export async function requestClient(): Promise<{ clientAddress: string | null; userAgent: string | null }> {
  const h = await headers();
  return {
    clientAddress: h.get("x-forwarded-for")?.split(",")[0]?.trim() || null,
    userAgent: h.get("user-agent"),
  };
}
