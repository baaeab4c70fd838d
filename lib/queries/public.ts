// Cached, tagged reads for the public pages and API. Only plain values leave this module.
import { cacheLife, cacheTag } from "next/cache";
import { getDb } from "@/lib/db";
import { tags } from "./cache-tags";
import { loadInstitutionProfile } from "./institution-profile";

export async function getInstitutionProfile(slug: string) {
  "use cache";
  cacheTag(tags.institution(slug));
  cacheLife("days");
  return loadInstitutionProfile(await getDb(), slug);
}
