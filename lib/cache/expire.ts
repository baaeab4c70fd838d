// Entry point two of the cache: after a write that public readers can see, expire exactly
// the cached reads it touches — the institution's page and the dataset every list, year and
// home view derives from — here and, through the database, in every other instance of the
// app. `slugs` must name every institution whose public record the write changed (old and
// new slug on a rename): the live dataset re-reads only those (./dataset.ts).
import { updateTag } from "next/cache";
import { after } from "next/server";
import { tags } from "./tags";
import { announceExpiredTags } from "./tag-sync";
import { expireTags, markTagsStale } from "./tag-table.mjs";

export async function expireAfterWrite(slugs: string[], from: "action" | "route" = "action") {
  if (slugs.length === 0) return; // no institution's record changed: nothing public to expire
  await expire([...new Set(slugs)].map(tags.institution).concat(tags.dataset), from);
}

/**
 * After a scheme was activated or changed: every public view shows the schemes, so the
 * dataset is read whole (its expiry names no institution), and the pages of the
 * institutions with results under the scheme (`slugs`) render afresh.
 */
export async function expireAfterSchemeChange(slugs: string[]) {
  if (slugs.length) await expire([...new Set(slugs)].map(tags.institution), "action");
  await expire([tags.dataset], "action");
}

async function expire(affected: string[], from: "action" | "route") {
  if (from === "action") {
    // The tag table is what both caches are judged by; updateTag also tells Next.js, so
    // the action's own answer is rendered with the write (read-your-own-writes).
    expireTags(affected);
    for (const tag of affected) updateTag(tag);
    await announceExpiredTags(affected); // before the answer: other instances are fresh once the writer sees its change
    markStaleAgainLater(affected);
  } else {
    // A route handler that streams its answer writes after it has returned: its expiry runs
    // once the response is complete (so call this before returning the stream).
    after(async () => {
      expireTags(affected);
      markStaleAgainLater(affected);
      await announceExpiredTags(affected);
    });
  }
}

// A regeneration that started before a write can still land after it and be stored as
// fresh. Marking the tags stale again once the response is out closes that window: soon,
// and once more for regenerations slowed down by a busy machine. Stale, not expired: the
// next reader gets the stored page at once while a fresh one renders behind it, and if
// the database has gone away meanwhile the stored page stays in service instead of the
// reader getting an error. A later write's own marks cover the earlier writes' windows,
// so each tag keeps only the timers of its latest write: a burst of writes costs two
// extra marks, not two per write.
const AGAIN_AFTER_MS = [1500, 5000];
const again = new Map<string, NodeJS.Timeout[]>();

export function markStaleAgainLater(tags: string[]) {
  for (const tag of tags) {
    for (const timer of again.get(tag) ?? []) clearTimeout(timer);
    const timers = AGAIN_AFTER_MS.map((ms, i) =>
      setTimeout(() => {
        markTagsStale([tag]);
        if (i === AGAIN_AFTER_MS.length - 1 && again.get(tag) === timers) again.delete(tag);
      }, ms).unref(),
    );
    again.set(tag, timers);
  }
}
