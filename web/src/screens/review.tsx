import { useQuery } from "@tanstack/react-query";
import { useLocation, useSearch } from "wouter";
import { api, type Schemas, unwrap } from "../api/client";
import { Button } from "../components/button";
import { Field } from "../components/field";
import { Page } from "../components/page";
import { QueryView } from "../components/states";
import { useToday } from "../lib/auth";
import { formatDate } from "../lib/format";
import "./review.css";
import { ReviewKpis } from "./review/review-kpis";
import { ReviewAtRisk, ReviewDecisions, ReviewOkrChanges } from "./review/review-okrs";
import { ReviewQuadrants, ReviewStaleCheckins } from "./review/review-teams";

type WeeklyReview = Schemas["WeeklyReview"];

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The weekly business review, generated from the live data for any as-of day; printable. */
export default function Review() {
  const [, navigate] = useLocation();
  const requested = new URLSearchParams(useSearch()).get("asOf") ?? "";
  const today = useToday();
  const asOf = DAY.test(requested) ? requested : today;
  const review = useQuery({
    queryKey: ["review", "weekly", asOf],
    queryFn: async () =>
      (await unwrap(
        api.GET("/api/v1/reviews/weekly", { params: { query: { asOf, format: "json" } } }),
      )) as WeeklyReview,
  });
  const rendered = (format: "html" | "md") =>
    `/api/v1/reviews/weekly?asOf=${asOf}&format=${format}`;
  const actions = (
    <>
      <Field label="As of">
        <input
          type="date"
          value={asOf}
          max={today}
          onChange={(e) => DAY.test(e.target.value) && navigate(`/review?asOf=${e.target.value}`)}
        />
      </Field>
      <a href={rendered("html")}>HTML</a>
      <a href={rendered("md")}>Markdown</a>
      <Button onClick={() => window.print()}>Print</Button>
    </>
  );
  return (
    <Page
      title="Weekly review"
      lead={`The week to ${formatDate(asOf)}: what changed, why it matters, what to test next.`}
      actions={actions}
    >
      <QueryView query={review} loading="Preparing the review">
        {(r) => (
          <div className="stack review">
            <p className="review-headline">
              <span className="muted">
                {r.organization} · {r.period} · since {formatDate(r.since)}
              </span>
              <br />
              {r.headline}
            </p>
            <ReviewDecisions decisions={r.decisions} />
            <ReviewKpis kpis={r.kpis} />
            <ReviewAtRisk atRisk={r.atRisk} />
            <ReviewOkrChanges objectives={r.objectives} />
            <ReviewStaleCheckins stale={r.staleCheckins} />
            <ReviewQuadrants quadrants={r.quadrants} />
          </div>
        )}
      </QueryView>
    </Page>
  );
}
