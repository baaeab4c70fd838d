// The newest published results for the Atom feeds: the whole site, one province or one
// institution. Cached with the dataset's tag (every publication expires it) and, for one
// institution, its own tag too.
import { cacheLife, cacheTag } from "next/cache";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { checkArguments, readArguments } from "./arguments";
import { tags } from "@/lib/cache/tags";

/** Entries a feed carries: readers poll, so the newest few are enough. */
export const FEED_SIZE = 30;

export type FeedScope = ["site"] | ["province" | "institution", slug: string];

export type FeedResult = {
  slug: string;
  institution: string;
  year: number;
  /** Code of the result's round. */
  round: string;
  status: "evaluated" | "not_evaluated";
  score: number | null;
  category: { name: string; nameEn: string } | null;
  updatedAt: string;
};

export type FeedView = {
  /** The province's or institution's name; null for the whole site, or when the slug is unknown. */
  name: string | null;
  /** The province's code, for the index filter that lists it. */
  provinceCode: string | null;
  results: FeedResult[];
};

export async function getFeed(...args: FeedScope): Promise<FeedView | null> {
  "use cache";
  const scope = checkArguments("getFeed", readArguments.feed, args);
  cacheTag(tags.dataset);
  if (scope[0] === "institution") cacheTag(tags.institution(scope[1]));
  cacheLife("days");
  const db = await getDb();
  let name: string | null = null;
  let provinceCode: string | null = null;
  let where: Prisma.EvaluationWhereInput = { publication: "published" };
  if (scope[0] === "province") {
    const province = await db.province.findUnique({ where: { slug: scope[1] }, select: { name: true, code: true } });
    if (!province) return null;
    name = province.name;
    provinceCode = province.code;
    where = { ...where, institution: { provinceCode: province.code } };
  } else if (scope[0] === "institution") {
    const institution = await db.institution.findUnique({ where: { slug: scope[1] }, select: { name: true, id: true } });
    if (!institution) return null;
    name = institution.name;
    where = { ...where, institutionId: institution.id };
  }
  const rows = await db.evaluation.findMany({
    where,
    orderBy: [{ updatedAt: "desc" }, { year: "desc" }],
    take: FEED_SIZE,
    select: {
      year: true,
      round: { select: { code: true } },
      status: true,
      score: true,
      updatedAt: true,
      institution: { select: { slug: true, name: true } },
      category: { select: { name: true, nameEn: true } },
    },
  });
  return {
    name,
    provinceCode,
    results: rows.map((r) => ({
      slug: r.institution.slug,
      institution: r.institution.name,
      year: r.year,
      round: r.round.code,
      status: r.status,
      score: r.score?.toNumber() ?? null,
      category: r.category,
      updatedAt: r.updatedAt.toISOString(),
    })),
  };
}
