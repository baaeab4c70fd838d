// An institution's rank among its peers in words. The tie is counted apart from the
// institution itself ("peringkat 1 (seri dengan 1 kota lain) dari 2 kota"): "bersama 2
// instansi" read as three institutions where there were two.
import type { PeerRank } from "@/lib/public/views";

type Translate = (key: "rankNational" | "rankProvince", values: Record<string, string | number>) => string;

/** `type` is the plural type name ("kota", "cities"); `province` for the rank within it. */
export function rankText(t: Translate, rank: PeerRank, where: { type: string; province?: string }): string {
  const values = { position: rank.position, of: rank.of, others: Math.max(rank.ties - 1, 0), type: where.type };
  return where.province != null ? t("rankProvince", { ...values, province: where.province }) : t("rankNational", values);
}
