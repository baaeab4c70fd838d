// The change since the previous evaluation in words: "▲ +86", "▼ −10", "▲ (since 2021)".
import { formatSigned } from "@/lib/format";
import type { Change } from "@/lib/merit";

const ARROW = { up: "▲", down: "▼", same: "=" } as const;

export function changeText(change: Change | null, locale: string, since: (year: number) => string): string {
  if (!change?.direction) return "—";
  const arrow = ARROW[change.direction];
  if (change.scoreDelta != null) return `${arrow} ${formatSigned(change.scoreDelta, locale)}`;
  return `${arrow} ${since(change.fromYear)}`;
}
