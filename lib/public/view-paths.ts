// The index (/instansi?…) and compare (/bandingkan?i=…) pages are cached whole, one entry
// per view, like an institution page. A cached page cannot read the query string, so the
// proxy rewrites each to an internal path whose last segment names the view: canonical
// (equal filters share one entry) and opaque (base64url, so no character of a search text
// can be read as part of a path). The internal paths and their folders are listed in
// lib/addresses.ts, and are never public (its redirects).
import { parseCompareSlugs } from "./compare-slugs";
import { PARAM, filtersQuery, parseIndexFilters } from "./filters";
import type { IndexFilters } from "./views";
import { decodeViewKey, encodeViewKey, viewPagePath } from "./view-key";

function viewParams(key: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(decodeViewKey(key)));
}

type Query = { get(name: string): string | null; getAll(name: string): string[] };
const record = (q: Query, names: string[]) => Object.fromEntries(names.flatMap((n) => (q.get(n) === null ? [] : [[n, q.getAll(n)]])));

/** The internal path serving a public index or compare URL, or null for any other path. */
export function internalViewPath(pathname: string, query: Query): string | null {
  const m = /^(?:\/(en))?\/(instansi|bandingkan)$/.exec(pathname);
  if (!m) return null;
  const locale = m[1] ?? "id";
  if (m[2] === "instansi") {
    const filters = parseIndexFilters(record(query, Object.values(PARAM)));
    return viewPagePath("instansi", locale, encodeViewKey(filtersQuery(filters).slice(1)));
  }
  const slugs = parseCompareSlugs(query.getAll("i"));
  return viewPagePath("bandingkan", locale, encodeViewKey(slugs.length ? `i=${slugs.join(",")}` : ""));
}

/** The index filters named by a view key. */
export const indexFiltersOf = (key: string): IndexFilters => parseIndexFilters(viewParams(key));

/** The compared slugs named by a view key. */
export const compareSlugsOf = (key: string): string[] => parseCompareSlugs(viewParams(key).i);
