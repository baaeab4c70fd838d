// The shape of an institution's slug, as the registry makes it (slugify) and staff may set
// it: the one check every public path applies before a slug reaches a cached read or a log.
export const SLUG_MAX = 120;
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const isSlug = (value: unknown): value is string => typeof value === "string" && value.length <= SLUG_MAX && SLUG_PATTERN.test(value);
