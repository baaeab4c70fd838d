// Types of ./tag-table.mjs (plain JavaScript, so Next.js can load the cache handlers without a build step).
export type Expiry = { at: number; tags: string[] };
export function expireTags(tags: Iterable<string>, at?: number): void;
export function markTagsStale(tags: Iterable<string>): void;
export function updateTags(tags: string | string[], durations?: { expire?: number }): void;
export function expiredSince(tags: Iterable<string>, since: number, now?: number): boolean;
export function staleSince(tags: Iterable<string>, since: number): boolean;
export function tagExpiredAt(tag: string): number;
export function expiriesSince(since: number): Expiry[] | null;
export function resetTagTable(): void;
