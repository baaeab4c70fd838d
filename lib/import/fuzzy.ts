// Trigram similarity over normalised names, with an inverted index so that one look-up touches
// only the names that share a trigram with the query.

function trigrams(key: string): string[] {
  const padded = `$$${key}$`;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return [...grams];
}

export type TrigramIndex = {
  /** Dice similarity (0–1) of `key` to every indexed key sharing a trigram, best per value. */
  similar: (key: string) => Map<number, number>;
};

/** Indexes `keys` (normalised names); each maps to a value such as an institution's position. */
export function trigramIndex(entries: { key: string; value: number }[]): TrigramIndex {
  const postings = new Map<string, number[]>();
  const sizes = entries.map((entry, i) => {
    const grams = trigrams(entry.key);
    for (const g of grams) {
      const list = postings.get(g);
      if (list) list.push(i);
      else postings.set(g, [i]);
    }
    return grams.length;
  });
  const shared = new Int32Array(entries.length);
  return {
    similar(key) {
      const grams = trigrams(key);
      const touched: number[] = [];
      for (const g of grams) {
        for (const i of postings.get(g) ?? []) {
          if (shared[i]++ === 0) touched.push(i);
        }
      }
      const best = new Map<number, number>();
      for (const i of touched) {
        const score = (2 * shared[i]) / (grams.length + sizes[i]);
        shared[i] = 0;
        const value = entries[i].value;
        if (score > (best.get(value) ?? 0)) best.set(value, score);
      }
      return best;
    },
  };
}
