// Under cacheComponents a dynamic segment needs at least one static param to be cacheable
// as a whole page; this placeholder satisfies that without a database read at build time.
export const PLACEHOLDER_SLUG = "__shell__";

export function placeholderParams() {
  return [{ slug: PLACEHOLDER_SLUG }];
}

/** The same placeholder for pages whose dynamic segment is named [view]. */
export function placeholderViewParams() {
  return [{ view: PLACEHOLDER_SLUG }];
}

/**
 * For a page whose only parameter is the language (the home and methodology pages): a
 * placeholder in place of the layout's languages, so the build renders none of them.
 */
export function placeholderLocaleParams() {
  return [{ locale: PLACEHOLDER_SLUG }];
}
