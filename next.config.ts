import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { CONFIG_REWRITES, REDIRECTS, forConfig } from "./lib/addresses";
import { PUBLIC_CACHE_CONTROL, SESSION_COOKIE, SIGNED_IN_CACHE_CONTROL } from "./lib/public/freshness";

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
  // Both caches, "use cache" entries and stored pages, judged by one tag table that the
  // other instances' writes reach (lib/cache, docs/decisions/007-one-tag-table-through-cache-handlers.md).
  cacheHandlers: { default: path.resolve("lib/cache/use-cache-handler.mjs") },
  cacheHandler: path.resolve("lib/cache/page-handler.mjs"),
  // Off: with it on, every page's HTML carried a second copy of its RSC payload (the
  // institution page weighed 52 KB instead of 32). Links prefetch on intent instead.
  partialPrefetching: false,
  // PGlite loads its WASM and data files next to its own modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter"],
  poweredByHeader: false,
  // The staff area (/admin) is Indonesian only and has its own root layout. Every address
  // that is not the folder of its page, and why: lib/addresses.ts.
  async rewrites() {
    return { beforeFiles: forConfig(CONFIG_REWRITES), afterFiles: [], fallback: [] };
  },
  async headers() {
    // Public pages keep one freshness contract (lib/public/freshness.ts): left alone, Next
    // tells shared caches to keep a stored page for a day (s-maxage=86400), hiding any edit as
    // long. Next keeps a Cache-Control set here, even over a route handler's own, so /api is
    // left to its handlers (the open-data API sends the same contract, its 400s no-store).
    // Staff pages stay Next's private no-store; the build's hashed files stay immutable.
    const publicCache = [{ key: "Cache-Control", value: PUBLIC_CACHE_CONTROL }];
    return [
      // The embeds (/embed/…) are meant to be framed by any site: they send their own policy
      // (frame-ancestors *, no scripts at all, components/share/embed.tsx) and no X-Frame-Options.
      { source: "/:path((?!embed(?:/|$)).*)", headers: securityHeaders },
      { source: "/", headers: publicCache },
      { source: "/:path((?!admin(?:/|$)|api(?:/|$)|_next/).+)", headers: publicCache },
      // A signed-in request gets the same public page, but nothing between may keep it.
      { source: "/:path*", has: [{ type: "cookie", key: SESSION_COOKIE }], headers: [{ key: "Cache-Control", value: SIGNED_IN_CACHE_CONTROL }] },
      { source: "/:path*", has: [{ type: "cookie", key: `__Secure-${SESSION_COOKIE}` }], headers: [{ key: "Cache-Control", value: SIGNED_IN_CACHE_CONTROL }] },
    ];
  },
  async redirects() {
    return forConfig(REDIRECTS).map((redirect) => ({ ...redirect, permanent: true }));
  },
};

export default withNextIntl(nextConfig);
