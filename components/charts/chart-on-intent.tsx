"use client";
// Shows the chart drawn on the server and swaps in the interactive one (Recharts, fetched
// only then) once the reader reaches for it: pointer or touch on the chart, or a download;
// `eager` swaps it in right after hydration. Until then the page runs no chart code at all;
// the server drawing holds the same box and looks the same (chart-layout.ts).
import { Suspense, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from "react";

/** Sent to a chart's box (or anything inside it) to ask for the interactive chart. */
export const CHART_INTENT = "chart-intent";

const noSubscription = () => () => {};

export function ChartOnIntent({ drawn, interactive, eager = false }: { drawn: ReactNode; interactive: () => ReactNode; eager?: boolean }) {
  const [reached, setActive] = useState(false);
  // False while the server renders and during hydration, true afterwards.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const active = reached || (eager && hydrated);
  const box = useRef<HTMLDivElement>(null);
  const wake = () => setActive(true);
  useEffect(() => {
    const el = box.current;
    el?.addEventListener(CHART_INTENT, wake);
    return () => el?.removeEventListener(CHART_INTENT, wake);
  }, []);
  return (
    <div ref={box} data-chart-box="" onPointerEnter={wake} onTouchStart={wake}>
      {active ? <Suspense fallback={drawn}>{interactive()}</Suspense> : drawn}
    </div>
  );
}
