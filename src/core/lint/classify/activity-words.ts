import { MEASURE_WORDS } from "../../language/measure-words.js";
import { wordList } from "../../language/word-list.js";
import { normalizeWords } from "../knowledge/normalize-words.js";

// Things people do, counted: more of them is effort, not impact ("more calls, to what end?").
const ACTIVITY_WORDS = wordList(`
  call | calls | meeting | meetings | demo | demos | post | posts | email | emails |
  outreach | touch | touches | dial | dials | visit | visits | event | events | webinar |
  webinars | interview | interviews | article | articles | blog | tweet | tweets |
  campaign | campaigns | commit | commits | workshop | workshops | training | trainings |
  presentation | presentations | pitch | pitches | sequence | sequences | message |
  messages | newsletter | newsletters | video | videos | podcast | podcasts | experiment |
  experiments | story | points | lines | code | request | pr | prs | hackathon |
  conference | conferences
`);
// Words that turn an activity into an outcome ("demo-to-close conversion", "meeting show rate").
const IMPACT_WORDS = wordList(`
  rate | ratio | conversion | revenue | pipeline | retention | churn | value | margin |
  win | won | closed | adoption | satisfaction | nps | share | qualified | impact |
  success | attendance | accuracy | quality | arr | mrr | cost | time | latency
`);

export const ACTIVITY_STEMS: ReadonlySet<string> = new Set(ACTIVITY_WORDS.flatMap(normalizeWords));
export const IMPACT_STEMS: ReadonlySet<string> = new Set(IMPACT_WORDS.flatMap(normalizeWords));

export const MEASURE_STEMS: ReadonlySet<string> = new Set(
  [...MEASURE_WORDS].flatMap(normalizeWords),
);
