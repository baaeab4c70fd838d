// Where a request came from, for the security log: the client address by the same rule as
// the sign-in throttle (lib/auth/client-address.ts, never the client-written left-most
// X-Forwarded-For) and the browser's user agent.
import { headers } from "next/headers";
import { clientAddress } from "@/lib/auth/client-address";

export async function requestClient(): Promise<{ clientAddress: string | null; userAgent: string | null }> {
  const h = await headers();
  return { clientAddress: clientAddress(h), userAgent: h.get("user-agent") };
}
