// Route handlers that write accept requests from the app's own pages only. Next checks the
// Origin of server actions itself but not of route handlers, and a session cookie rides
// along on any request the browser makes; so a missing or foreign Origin is refused
// before the session or the body is even read.
import { trustedOrigins } from "@/lib/auth/config";

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** A 403 for a write whose Origin is missing or not one of ours; null when it may go on. */
export function refuseForeignOrigin(request: Request): Response | null {
  if (!WRITE_METHODS.has(request.method.toUpperCase())) return null;
  const origin = request.headers.get("origin");
  if (origin && trustedOrigins().includes(origin)) return null;
  return Response.json(
    { error: "forbidden", message: "Permintaan ditolak: asalnya bukan halaman Jejak Merit. Kirim ulang dari ruang kerja staf." },
    { status: 403, headers: { "cache-control": "no-store" } },
  );
}
