export function PageSkeleton() {
  return <div aria-busy="true" className="h-96 w-full animate-pulse rounded-lg bg-slate-100" />;
}
