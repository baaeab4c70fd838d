// oEmbed (https://oembed.com): which embed a page address of this site stands for. Only the
// site's own public address is answered; any other host is unknown.
import { parseCompareSlugs } from "@/lib/public/compare-slugs";
import { isSlug } from "@/lib/public/slug";

export type EmbedTarget = { kind: "institution"; slug: string; locale: "id" | "en" } | { kind: "compare"; slugs: string[]; locale: "id" | "en" };

/** The embed for `pageUrl` (an institution or compare page under `base`), or null. */
export function embedTargetOf(pageUrl: string, base: string): EmbedTarget | null {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return null;
  }
  const site = new URL(base);
  if (url.origin !== site.origin) return null;
  const m = /^(?:\/(en))?\/(instansi|bandingkan)(?:\/([^/]+))?\/?$/.exec(url.pathname);
  if (!m) return null;
  const locale = m[1] === "en" ? "en" : "id";
  if (m[2] === "instansi") return isSlug(m[3]) ? { kind: "institution", slug: m[3], locale } : null;
  if (m[3]) return null;
  const slugs = parseCompareSlugs(url.searchParams.getAll("i"));
  return slugs.length ? { kind: "compare", slugs, locale } : null;
}
