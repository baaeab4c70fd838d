// Where a URL is not the folder of its page. app/ mirrors the public addresses: /tahun/2023
// is app/[locale]/tahun/[year]/page.tsx, /en/instansi/kota-pekalongan is
// app/[locale]/instansi/[slug]/page.tsx, /en is app/[locale]/page.tsx. Every exception is
// listed here with its reason: next.config.ts takes its rewrites and redirects from this
// file, proxy.ts the paths it rewrites to (docs/decisions/020-urls-and-files.md). Read by
// the config and the proxy, so it imports nothing but two names.
import { VIEW_FOLDERS, viewPagePath, type ViewPage } from "./public/view-key";
import { PLACEHOLDER_SLUG } from "./static-params";

type Entry = { source: string; destination: string; why: string };

/** next.config.ts rewrites, checked before the app's folders (beforeFiles). */
export const CONFIG_REWRITES: Entry[] = [
  {
    source: "/",
    destination: "/id",
    why: "Indonesian has no prefix: / is the home page (app/[locale]/page.tsx) in Indonesian.",
  },
  {
    source: "/:path((?!en(?:/|$)|id(?:/|$)|api(?:/|$)|admin(?:/|$)|embed(?:/|$)|_next(?:/|$))[^.]*)",
    destination: "/id/:path",
    why:
      "Indonesian lives at /…, English at /en/…: every other address without a language (and " +
      "without a dot: files in public/) is the Indonesian page below app/[locale]. Cheaper " +
      "than running the i18n middleware on every request. Not /embed/…: route handlers with no " +
      "language segment (components/share/embed.tsx), like /api.",
  },
];

/**
 * The folder below app/[locale] of each page whose view is in the query string. A page
 * that reads the query string cannot be cached whole (cacheComponents), so the proxy moves
 * the view into one more path segment, [view] (lib/public/view-paths.ts). /bandingkan's view
 * folder is its own; /instansi/[slug] is already an institution, so the index's views sit
 * one folder further down, in daftar/ ("list"), which no institution page has below it.
 * Declared beside the view keys, which the browser reads (the language switch maps a view
 * back to its address), so that this file stays out of the browser's JavaScript.
 */
export { VIEW_FOLDERS, type ViewPage } from "./public/view-key";

/** Where the staff pages of a record the actor cannot see are sent (a 404, decided before the page streams). */
export const STAFF_NOT_FOUND_PATH = "/admin/tidak-ditemukan";

/**
 * The rewrites proxy.ts makes (it alone can read the query string and ask the database
 * before the page streams). `matcher` repeats, literally, the entries of the proxy's
 * config.matcher that bring each one's requests to it (a test checks them).
 */
export const PROXY_REWRITES = {
  indexView: {
    source: "/instansi?{filters}",
    matcher: ["/instansi", "/en/instansi"],
    to: (locale: string, view: string) => viewPagePath("instansi", locale, view),
    file: "app/[locale]/instansi/daftar/[view]/page.tsx",
    why: "One cached page per filter state: the canonical query, base64url, as the [view] segment.",
  },
  compareView: {
    source: "/bandingkan?i={slugs}",
    matcher: ["/bandingkan", "/en/bandingkan"],
    to: (locale: string, view: string) => viewPagePath("bandingkan", locale, view),
    file: "app/[locale]/bandingkan/[view]/page.tsx",
    why: "One cached page per selection, keyed like the index.",
  },
  notASlug: {
    source: "/instansi/{text that cannot be a slug}",
    matcher: ["/instansi/:slug(.*[^a-z0-9.-].*|.{121,})", "/en/instansi/:slug(.*[^a-z0-9.-].*|.{121,})"],
    to: (locale: string) => `/${locale}/instansi/${PLACEHOLDER_SLUG}`,
    file: "app/[locale]/instansi/[slug]/page.tsx",
    why:
      "The page's one cached 404 (its placeholder parameter): otherwise Next would render, log " +
      "and store a page for each such text (docs/decisions/008-cached-reads-check-their-arguments.md).",
  },
  staffNotFound: {
    source: "/admin/{evaluasi|instansi|akun|skema}/{id}, /admin/evaluasi/{id}/riwayat",
    matcher: ["/admin/(evaluasi|instansi|akun|skema)/:id", "/admin/evaluasi/:id/riwayat"],
    to: () => STAFF_NOT_FOUND_PATH,
    file: "app/admin/tidak-ditemukan/page.tsx",
    why:
      "When the record does not exist for the signed-in actor: a 404 status, which a page " + "cannot give once its shell is sent (docs/decisions/014-staff-not-found-status.md).",
  },
} as const;

const viewRedirects = (page: ViewPage): Entry[] =>
  ["", "/en"].map((en) => ({
    source: `${en}/${VIEW_FOLDERS[page]}/:view+`,
    destination: `${en}/${page}`,
    why: "A view's internal address is never a public one: one address, one cache entry per view.",
  }));

/** Former internal addresses (before decision 020), kept answering as they did. */
const FORMER: [string, string][] = [
  ["/beranda/:path*", "/"],
  ["/en/beranda/:path*", "/en"],
  ["/metodologi/:path+", "/metodologi"],
  ["/en/metodologi/:path+", "/en/metodologi"],
  ["/tampil/indeks/:path*", "/instansi"],
  ["/en/tampil/indeks/:path*", "/en/instansi"],
  ["/tampil/bandingkan/:path*", "/bandingkan"],
  ["/en/tampil/bandingkan/:path*", "/en/bandingkan"],
];

/** English readers guess English addresses: each names the one page it means, query kept (decision 016). */
const ENGLISH: [string, string][] = [
  ["/en/compare", "/en/bandingkan"],
  ["/en/institutions", "/en/instansi"],
  ["/en/institutions/:slug", "/en/instansi/:slug"],
  ["/en/institution/:slug", "/en/instansi/:slug"],
  ["/en/year/:year", "/en/tahun/:year"],
  ["/en/years/:year", "/en/tahun/:year"],
  ["/en/methodology", "/en/metodologi"],
];

/** next.config.ts redirects, all permanent (308). */
export const REDIRECTS: Entry[] = [
  { source: "/id", destination: "/", why: "Indonesian has no prefix: / is the Indonesian home page." },
  { source: "/id/:path*", destination: "/:path*", why: "Indonesian has no prefix: each page has one address." },
  ...viewRedirects("instansi"),
  ...viewRedirects("bandingkan"),
  ...FORMER.map(([source, destination]) => ({ source, destination, why: "A former internal address (before decision 020)." })),
  ...ENGLISH.map(([source, destination]) => ({ source, destination, why: "An English name for an Indonesian path (decision 016)." })),
];

/** The entries as next.config.ts wants them: without their reasons. */
export const forConfig = (entries: Entry[]) => entries.map(({ source, destination }) => ({ source, destination }));
