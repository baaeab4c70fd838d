// What the card routes share: their addresses, the language a request asks for and the response.

/** Card addresses: files with a dot, so the rewrite onto the [locale] pages leaves them alone. */
export const cardPath = {
  institution: (slug: string, locale: string) => `/og/instansi/${slug}.png${locale === "en" ? "?lang=en" : ""}`,
  year: (year: number, locale: string) => `/og/tahun/${year}.png${locale === "en" ? "?lang=en" : ""}`,
  compare: (slugs: string[], locale: string) => `/og/bandingkan.png?i=${slugs.join(",")}${locale === "en" ? "&lang=en" : ""}`,
};

export const localeOf = (request: Request): "id" | "en" => (new URL(request.url).searchParams.get("lang") === "en" ? "en" : "id");

/** `name` without `ext`, or null when it does not end so. */
export const fileStem = (name: string, ext: string) => (name.endsWith(ext) ? name.slice(0, -ext.length) : null);

export function cardResponse(png: Uint8Array | null): Response {
  if (!png) return new Response("Kartu tidak ditemukan.\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  // Crawlers keep a card for a while anyway; an hour lets a new result show the same day.
  return new Response(png as BodyInit, { headers: { "content-type": "image/png", "cache-control": "public, max-age=3600" } });
}
