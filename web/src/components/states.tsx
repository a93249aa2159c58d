import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Problem } from "./problem";

export function Loading({ what = "Loading" }: { what?: string }) {
  return (
    <p className="state" role="status" aria-live="polite">
      {what}…
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <div className="state">{children}</div>;
}

export function ErrorState({ error }: { error: unknown }) {
  return <Problem error={error} />;
}

interface QueryViewProps<T> {
  query: UseQueryResult<T>;
  /** Shown instead of the children when the data is empty. */
  empty?: ReactNode;
  isEmpty?: (data: T) => boolean;
  loading?: string;
  children: (data: T) => ReactNode;
}

/** Renders the loading, error, empty or loaded state of one query: every screen uses it. */
export function QueryView<T>({ query, empty, isEmpty, loading, children }: QueryViewProps<T>) {
  if (query.isPending) return <Loading {...(loading ? { what: loading } : {})} />;
  if (query.isError) return <ErrorState error={query.error} />;
  if (empty !== undefined && isEmpty?.(query.data)) return <Empty>{empty}</Empty>;
  return <>{children(query.data)}</>;
}

interface PendingPageProps {
  title: string;
  /** The queries the screen needs before it can draw anything. */
  queries: { error: unknown }[];
  what: string;
}

/** A screen that cannot draw yet: the first query's error, in words, or a loading line. */
export function PendingPage({ title, queries, what }: PendingPageProps) {
  const error = queries.find((q) => q.error)?.error;
  return (
    <div className="page">
      <h1>{title}</h1>
      {error ? <ErrorState error={error} /> : <Loading what={what} />}
    </div>
  );
}
