"use client";
// One query hook for the institution search endpoint.
import { useQuery } from "@tanstack/react-query";

export type SearchHit = { slug: string; name: string; type: string; provinceName: string | null };

export function useInstitutionSearch(q: string) {
  const term = q.trim();
  return useQuery({
    queryKey: ["institution-search", term],
    enabled: term.length >= 2,
    staleTime: 60_000,
    queryFn: async ({ signal }): Promise<SearchHit[]> => {
      const res = await fetch(`/api/v1/search?q=${encodeURIComponent(term)}`, { signal });
      if (!res.ok) throw new Error(`search failed: ${res.status}`);
      return (await res.json()).items;
    },
  });
}
