// Types of ./page-handler.mjs: Next.js's cacheHandler interface for stored pages.
type CacheControl = { revalidate?: number | false; expire?: number };
export default class PageCacheHandler {
  constructor(ctx: unknown);
  get(key: string, ctx?: { tags?: string[]; softTags?: string[] }): Promise<{ lastModified: number; value: unknown; cacheControl?: CacheControl } | null>;
  set(key: string, value: unknown, ctx?: { cacheControl?: CacheControl; fetchCache?: boolean; tags?: string[] }): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}
