import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  cacheComponents: true,
  partialPrefetching: true,
  // PGlite loads its WASM and data files next to its own modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter"],
  poweredByHeader: false,
  // The staff area (/admin) is Indonesian only and has its own root layout.
  // Indonesian lives at /…, English at /en/…: a rewrite in the router maps /… onto the
  // [locale] segment. Cheaper than running the i18n middleware on every request.
  async rewrites() {
    return {
      beforeFiles: [
        { source: "/", destination: "/id" },
        { source: "/:path((?!en(?:/|$)|id(?:/|$)|api(?:/|$)|admin(?:/|$)|_next(?:/|$))[^.]*)", destination: "/id/:path" },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  async redirects() {
    return [
      { source: "/id", destination: "/", permanent: true },
      { source: "/id/:path*", destination: "/:path*", permanent: true },
    ];
  },
};

export default withNextIntl(nextConfig);
