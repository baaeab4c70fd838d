// After a write that public readers can see: expire exactly the cached reads it touches —
// the institution's page and the dataset every list, year and home view derives from.
import { revalidateTag, updateTag } from "next/cache";
import { after } from "next/server";
import { tags } from "@/lib/queries/cache-tags";

export function invalidatePublic(slugs: string[]) {
  const affected = [...new Set(slugs)].map(tags.institution).concat(tags.dataset);
  for (const tag of affected) updateTag(tag); // read-your-own-writes: the next request is fresh
  // A regeneration that started before this write can still land after it and be stored
  // as fresh; a second expiry once the response is out closes that window.
  after(async () => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    for (const tag of affected) revalidateTag(tag, { expire: 0 });
  });
}
