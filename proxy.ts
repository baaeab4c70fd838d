// Only the index and compare pages pass through here (see matcher): their view moves from
// the query string into the path, so each view is cached whole (lib/public/view-paths.ts).
import { NextResponse, type NextRequest } from "next/server";
import { internalViewPath } from "@/lib/public/view-paths";

export function proxy(request: NextRequest) {
  const internal = internalViewPath(request.nextUrl.pathname, request.nextUrl.searchParams);
  if (!internal) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = internal;
  url.search = "";
  return NextResponse.rewrite(url);
}

export const config = { matcher: ["/instansi", "/en/instansi", "/bandingkan", "/en/bandingkan"] };
