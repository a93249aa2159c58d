import { wordList } from "./word-list.js";

/** Nouns that make a phrase something one can read off a dashboard ("win rate", "uptime"). */
export const MEASURE_WORDS: ReadonlySet<string> = new Set(
  wordList(`
  rate | ratio | time | latency | score | count | number | share | percentage | revenue |
  cost | margin | churn | retention | conversion | adoption | activation | nps | csat |
  ces | uptime | availability | arr | mrr | nrr | grr | ltv | cac | velocity | throughput
  | coverage | backlog | tickets | incidents | signups | leads | pipeline | bookings |
  sales | deals | duration | frequency | utilization | accuracy | spend | sessions |
  visits | traffic | volume | size | value | satisfaction | mttr | p95 | p99 | errors |
  defects | bugs | payback | growth | profit | income | headcount | attrition | turnover |
  engagement | usage | speed | performance | views | pageviews | arpu | arpa | aov | gmv |
  roi | roas | cpa | cpc | ctr | dso | sla | slo | p50 | p90 | median | average | mean |
  percentile | index | yield | occupancy | wait | queue | downtime | precision | recall |
  burn | runway | cash | ebitda | iacv | acv | tcv | quota | attainment | wins | penetration
  | sentiment | rating | ratings | stickiness | dau | wau | mau | lead-time | cycle-time
`),
);
