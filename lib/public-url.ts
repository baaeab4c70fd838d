// The site's public address (PUBLIC_URL), without a trailing slash. No imports: the proxy,
// pages, route handlers and sign-in all read it from here.
export function publicUrl() {
  return (process.env.PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
}
