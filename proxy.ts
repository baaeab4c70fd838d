// Two jobs, each on its own addresses (see matcher):
// - the index and compare pages: their view moves from the query string into the path, so
//   each view is cached whole (lib/public/view-paths.ts);
// - staff pages of one record: whether the record exists for the signed-in actor is asked
//   before the page streams, so "not found" answers 404 (a page answers 200 once its shell
//   is sent; docs/decisions/014-staff-not-found-status.md).
import { NextResponse, type NextRequest } from "next/server";
import { STAFF_NOT_FOUND_PATH, staffRecordOfPath } from "@/lib/auth/staff-record-paths";
import { internalViewPath } from "@/lib/public/view-paths";

export async function proxy(request: NextRequest) {
  if (staffRecordOfPath(request.nextUrl.pathname)) return staffRecordGate(request);
  const internal = internalViewPath(request.nextUrl.pathname, request.nextUrl.searchParams);
  if (!internal) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = internal;
  url.search = "";
  return NextResponse.rewrite(url);
}

async function staffRecordGate(request: NextRequest) {
  const cookie = request.headers.get("cookie");
  // Anonymous visitors are sent to sign in by the page; prefetches are not answers anyone reads.
  if (!cookie || request.headers.has("next-router-prefetch")) return NextResponse.next();
  try {
    // The database is read by the app's own route handler, not from the proxy's bundle.
    const url = new URL("/api/admin/records", request.nextUrl.origin);
    url.searchParams.set("path", request.nextUrl.pathname);
    const res = await fetch(url, { headers: { cookie }, cache: "no-store", signal: AbortSignal.timeout(3_000) });
    if (res.ok && (await res.json()).found === false) return NextResponse.rewrite(new URL(STAFF_NOT_FOUND_PATH, request.url));
  } catch {
    // Unanswered: the page still shows "not found" itself, only with a 200.
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/instansi", "/en/instansi", "/bandingkan", "/en/bandingkan", "/admin/(evaluasi|instansi|akun)/:id", "/admin/evaluasi/:id/riwayat"],
};
