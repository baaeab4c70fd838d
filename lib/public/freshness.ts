// The freshness contract of every public answer, pages and open-data API alike (docs/decisions/021-edge-freshness.md).
// No imports: next.config.ts, the API and the edge tests read it from here.

/** A shared cache keeps an answer fresh this long … */
export const SHARED_FRESH_SECONDS = 1;
/** … may answer with it this much longer while it fetches a new copy (so an edit shows within 2 s) … */
export const SHARED_STALE_WHILE_REVALIDATE_SECONDS = 1;
/** … and this long while the site cannot answer at all. */
export const SHARED_STALE_IF_ERROR_SECONDS = 86_400;

/** Browsers revalidate every time (a 304 when nothing changed); shared caches follow the numbers above. */
export const PUBLIC_CACHE_CONTROL = `public, max-age=0, s-maxage=${SHARED_FRESH_SECONDS}, stale-while-revalidate=${SHARED_STALE_WHILE_REVALIDATE_SECONDS}, stale-if-error=${SHARED_STALE_IF_ERROR_SECONDS}`;

/** Answers to a signed-in request are the same pages, but nothing between may keep them. */
export const SIGNED_IN_CACHE_CONTROL = "private, no-store";

/** Cookies the sign-in sets (better-auth's, with the __Secure- prefix over HTTPS). */
export const SESSION_COOKIE = "better-auth.session_token";
