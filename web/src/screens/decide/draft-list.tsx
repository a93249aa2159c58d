import { useQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { api, unwrap } from "../../api/client";
import { Badge } from "../../components/badge";
import { QueryView } from "../../components/states";
import { formatDate } from "../../lib/format";

const draftsQuery = {
  queryKey: ["drafts", "list"],
  queryFn: () => unwrap(api.GET("/api/v1/drafts", { params: { query: { limit: 20 } } })),
};

const STATUS_TONE = { open: "neutral", accepted: "on-track", dismissed: "unknown" } as const;
const STATUS_WORD = { open: "Open", accepted: "Accepted", dismissed: "Dismissed" } as const;

/** The latest drafts, newest first; the open one is marked. */
export function DraftList({ current }: { current: string | undefined }) {
  const drafts = useQuery(draftsQuery);
  return (
    <QueryView
      query={drafts}
      isEmpty={(d) => d.items.length === 0}
      empty="No drafts yet: type a decision above."
    >
      {(page) => (
        <ul className="draft-list">
          {page.items.map((d) => (
            <li key={d.id}>
              <Badge tone={STATUS_TONE[d.status]}>{STATUS_WORD[d.status]}</Badge>{" "}
              <Link
                href={`/decide?draft=${d.id}`}
                aria-current={d.id === current ? "page" : undefined}
              >
                {d.decision}
              </Link>{" "}
              <span className="muted">{formatDate(d.createdAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </QueryView>
  );
}
