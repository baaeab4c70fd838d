// A wide table's box on a narrow screen: it scrolls sideways, shows a shadow where columns
// are hidden (the `scroll-x` class), and takes the focus so a keyboard can scroll it too.
import type { ReactNode } from "react";

export function ScrollBox({ label, labelledBy, className = "", children }: { label?: string; labelledBy?: string; className?: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} aria-labelledby={labelledBy} tabIndex={0} className={`scroll-x ${className}`}>
      {children}
    </div>
  );
}
