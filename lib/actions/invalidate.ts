// After a write that public readers can see: expire exactly the cached reads it touches —
// the institution's page and the dataset every list, year and home view derives from —
// here and, through the database, in every other instance of the app.
import { revalidateTag, updateTag } from "next/cache";
import { after } from "next/server";
import { announceExpiredTags } from "@/lib/cache/tag-sync";
import { tags } from "@/lib/queries/cache-tags";

export async function invalidatePublic(slugs: string[], from: "action" | "route" = "action") {
  const affected = [...new Set(slugs)].map(tags.institution).concat(tags.dataset);
  // Server actions get read-your-own-writes. A route handler may not call updateTag, and
  // one that streams its answer writes after it has returned: its expiry runs once the
  // response is complete (so call this before returning the stream).
  if (from === "action") {
    for (const tag of affected) updateTag(tag);
    await announceExpiredTags(affected); // before the answer: other instances are fresh once the writer sees its change
  } else {
    after(async () => {
      affected.forEach((tag) => revalidateTag(tag, { expire: 0 }));
      await announceExpiredTags(affected);
    });
  }
  // A regeneration that started before this write can still land after it and be stored
  // as fresh; later expiries once the response is out close that window: one soon, one for
  // regenerations slowed down by a busy machine.
  after(async () => {
    for (const delay of [1500, 3500]) {
      await new Promise((resolve) => setTimeout(resolve, delay));
      for (const tag of affected) revalidateTag(tag, { expire: 0 });
    }
  });
}
