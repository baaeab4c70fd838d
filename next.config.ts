import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Pages are cached and shared, so no per-request nonce: inline scripts are Next's own
// bootstrap. Everything else is same-origin only, and no other site may frame the app.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  cacheComponents: true,
  // Off: with it on, every page's HTML carried a second copy of its RSC payload (the
  // institution page weighed 52 KB instead of 32). Links prefetch on intent instead.
  partialPrefetching: false,
  // PGlite loads its WASM and data files next to its own modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter"],
  poweredByHeader: false,
  // The staff area (/admin) is Indonesian only and has its own root layout.
  // Indonesian lives at /…, English at /en/…: a rewrite in the router maps /… onto the
  // [locale] segment. Cheaper than running the i18n middleware on every request.
  async rewrites() {
    return {
      beforeFiles: [
        // The home page lives under a dynamic segment so it can be cached whole (see its page).
        { source: "/", destination: "/id/beranda/nasional" },
        { source: "/en", destination: "/en/beranda/nasional" },
        // So does the methodology page.
        { source: "/metodologi", destination: "/id/metodologi/lengkap" },
        { source: "/en/metodologi", destination: "/en/metodologi/lengkap" },
        // Not the embeds (/embed/…: route handlers with no locale segment, lib/share/embed.tsx).
        { source: "/:path((?!en(?:/|$)|id(?:/|$)|api(?:/|$)|admin(?:/|$)|embed(?:/|$)|_next(?:/|$))[^.]*)", destination: "/id/:path" },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  async headers() {
    // The embeds (/embed/…) are meant to be framed by any site: they send their own policy
    // (frame-ancestors *, no scripts at all, lib/share/embed.tsx) and no X-Frame-Options.
    return [{ source: "/:path((?!embed(?:/|$)).*)", headers: securityHeaders }];
  },
  async redirects() {
    return [
      { source: "/id", destination: "/", permanent: true },
      // The home page's internal address is never a public one.
      { source: "/beranda/:path*", destination: "/", permanent: true },
      { source: "/en/beranda/:path*", destination: "/en", permanent: true },
      { source: "/metodologi/:path+", destination: "/metodologi", permanent: true },
      { source: "/en/metodologi/:path+", destination: "/en/metodologi", permanent: true },
      // Nor are those of the index and compare views (proxy.ts).
      { source: "/tampil/indeks/:path*", destination: "/instansi", permanent: true },
      { source: "/en/tampil/indeks/:path*", destination: "/en/instansi", permanent: true },
      { source: "/tampil/bandingkan/:path*", destination: "/bandingkan", permanent: true },
      { source: "/en/tampil/bandingkan/:path*", destination: "/en/bandingkan", permanent: true },
      { source: "/id/:path*", destination: "/:path*", permanent: true },
      // English readers guess English addresses: each one names the one page it means
      // (a redirect keeps the query string), so no page has two cached copies.
      { source: "/en/compare", destination: "/en/bandingkan", permanent: true },
      { source: "/en/institutions", destination: "/en/instansi", permanent: true },
      { source: "/en/institutions/:slug", destination: "/en/instansi/:slug", permanent: true },
      { source: "/en/institution/:slug", destination: "/en/instansi/:slug", permanent: true },
      { source: "/en/year/:year", destination: "/en/tahun/:year", permanent: true },
      { source: "/en/years/:year", destination: "/en/tahun/:year", permanent: true },
      { source: "/en/methodology", destination: "/en/metodologi", permanent: true },
    ];
  },
};

export default withNextIntl(nextConfig);
