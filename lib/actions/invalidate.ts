// After a write that public readers can see: expire exactly the cached reads it touches —
// the institution's page and the dataset every list, year and home view derives from.
import { revalidateTag, updateTag } from "next/cache";
import { after } from "next/server";
import { tags } from "@/lib/queries/cache-tags";

export function invalidatePublic(slugs: string[], from: "action" | "route" = "action") {
  const affected = [...new Set(slugs)].map(tags.institution).concat(tags.dataset);
  // Server actions get read-your-own-writes. A route handler may not call updateTag, and
  // one that streams its answer writes after it has returned: its expiry runs once the
  // response is complete (so call this before returning the stream).
  if (from === "action") for (const tag of affected) updateTag(tag);
  else after(() => affected.forEach((tag) => revalidateTag(tag, { expire: 0 })));
  // A regeneration that started before this write can still land after it and be stored
  // as fresh; a second expiry once the response is out closes that window.
  after(async () => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    for (const tag of affected) revalidateTag(tag, { expire: 0 });
  });
}
