// The sources of one result: a safe link to each published one (title, else publisher, else
// address) with its date, or the official document's number when there is no address.
import { formatDate } from "@/lib/format";
import type { SourceView } from "@/lib/queries/institution-profile";
import { safeHref } from "@/lib/validation/web-url";

export function SourceList({ sources, locale, empty }: { sources: SourceView[]; locale: string; empty: string }) {
  if (!sources.length) return <span className="text-slate-600">{empty}</span>;
  return (
    <ul className="space-y-1">
      {sources.map((s, i) => (
        <li key={i}>
          {safeHref(s.url) ? (
            <a href={safeHref(s.url)} rel="noopener noreferrer nofollow" className="break-all text-blue-800 underline">
              {s.title ?? s.publisher ?? s.url}
            </a>
          ) : (
            (s.documentRef ?? s.title)
          )}
          {s.publishedAt && <span className="text-xs text-slate-600"> ({formatDate(s.publishedAt, locale)})</span>}
        </li>
      ))}
    </ul>
  );
}
