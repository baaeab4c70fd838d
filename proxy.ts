// Four jobs, each on the requests its matcher names; every other request never runs this file.
// The paths it rewrites to, and why, are listed with every other rewrite in lib/addresses.ts.
// 1. The index and compare pages: their view moves from the query string into the path, so
//    each view is cached whole (lib/public/view-paths.ts).
// 2. An institution address whose last segment cannot be a slug (too long, encoded or odd
//    characters) gets the page's one cached 404: otherwise Next would render, log and store
//    a page for each such text (a file named after it, newlines included).
// 3. Server actions live only in the staff workspace (/admin). Next.js runs any action id
//    posted to any page, and every "use cache" read has one: outside /admin such a request
//    could only run a public read with an argument of the caller's choosing, so it is
//    refused here, before Next decodes it (docs/decisions/008-cached-reads-check-their-arguments.md).
// 4. Staff pages of one record: whether the record exists for the signed-in actor is asked
//    before the page streams, so "not found" answers 404 (a page answers 200 once its shell
//    is sent; docs/decisions/014-staff-not-found-status.md).
import { NextResponse, type NextRequest } from "next/server";
import { PROXY_REWRITES } from "@/lib/addresses";
import { staffRecordOfPath } from "@/lib/auth/staff-record-paths";
import { isSlug } from "@/lib/public/slug";
import { publicUrl } from "@/lib/public-url";
import { internalViewPath } from "@/lib/public/view-paths";

// What Next.js runs as a server action: a POST naming an action id, or a form post (an
// action sent without JavaScript names its id in the form's fields).
const FORM_TYPES = ["multipart/form-data", "application/x-www-form-urlencoded"];
const isActionId = (request: NextRequest) => request.headers.has("next-action");
const isFormPost = (request: NextRequest) => FORM_TYPES.some((type) => (request.headers.get("content-type") ?? "").startsWith(type));

const under = (pathname: string, root: string) => pathname === root || pathname.startsWith(`${root}/`);

/** Whether the request may reach Next.js as a server action: staff pages only, plus the staff upload routes' form posts. */
function actionAllowed(request: NextRequest): boolean {
  const { pathname } = request.nextUrl;
  if (under(pathname, "/admin")) return true;
  // The import routes (route handlers, which never run actions) take their files as form posts.
  return !isActionId(request) && under(pathname, "/api/admin");
}

const decoded = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
};

/** The placeholder page (a 404 for any locale) standing in for an institution address that holds no slug, or null. */
function notASlugPath(pathname: string): string | null {
  const m = /^(?:\/(en))?\/instansi\/([^/]+)$/.exec(pathname);
  return m && !isSlug(decoded(m[2])) ? PROXY_REWRITES.notASlug.to(m[1] ?? "id") : null;
}

export async function proxy(request: NextRequest) {
  if (request.method === "POST" && (isActionId(request) || isFormPost(request)) && !actionAllowed(request)) {
    return new NextResponse("Server actions are accepted only in the staff workspace.\n", {
      status: 403,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
  if (request.method === "GET" && staffRecordOfPath(request.nextUrl.pathname)) return staffRecordGate(request);
  const internal = notASlugPath(request.nextUrl.pathname) ?? internalViewPath(request.nextUrl.pathname, request.nextUrl.searchParams);
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
    // The database is read by the app's own route handler, not from the proxy's bundle. It is
    // asked at the configured public address, never at the Host the request names: that is
    // the client's to write, and the session cookie goes along.
    const url = new URL("/api/admin/records", `${publicUrl()}/`);
    url.searchParams.set("path", request.nextUrl.pathname);
    const res = await fetch(url, { headers: { cookie }, cache: "no-store", signal: AbortSignal.timeout(3_000) });
    if (res.ok && (await res.json()).found === false) return NextResponse.rewrite(new URL(PROXY_REWRITES.staffNotFound.to(), request.url));
  } catch {
    // Unanswered: the page still shows "not found" itself, only with a 200.
  }
  return NextResponse.next();
}

// Read by the build, so written out literally (lib/addresses.ts repeats each rewrite's
// entries, and a test holds the two together).
export const config = {
  matcher: [
    "/instansi",
    "/en/instansi",
    "/bandingkan",
    "/en/bandingkan",
    // An institution segment with a character no slug has, or longer than any (SLUG_MAX).
    "/instansi/:slug(.*[^a-z0-9.-].*|.{121,})",
    "/en/instansi/:slug(.*[^a-z0-9.-].*|.{121,})",
    // Staff pages of one record (job 4).
    "/admin/(evaluasi|instansi|akun|skema)/:id",
    "/admin/evaluasi/:id/riwayat",
    "/admin/persiapan/:slug/:year",
    "/admin/persiapan/:slug/:year/laporan",
    // Only requests that could be server actions, outside the staff workspace: page loads
    // and staff actions never pay for the proxy (nor does it touch their bodies).
    { source: "/:path((?!admin(?:/|$)).*)", has: [{ type: "header", key: "next-action" }] },
    // Form posts too, but not to the staff upload routes (/api/admin), which take their files
    // as form posts and count the body as it arrives: a request the proxy runs on is read
    // whole before it gets there.
    {
      source: "/:path((?!admin(?:/|$)|api/admin(?:/|$)).*)",
      has: [{ type: "header", key: "content-type", value: "(?:multipart/form-data|application/x-www-form-urlencoded).*" }],
    },
  ],
};
