import { wordList } from "./word-list.js";

const words = (text: string): ReadonlySet<string> => new Set(wordList(text));

/** Things a team makes: a sentence that names one and no metric is a deliverable ("C# driver"). */
export const ARTIFACT_NOUNS = words(`
  driver | drivers | log | logs | sdk | api | apis | tool | tools | tooling | page | pages |
  site | website | dashboard | dashboards | plan | plans | strategy | roadmap | report |
  process | policy | framework | cluster | integration | integrations | implementation |
  support | test | tests | testing | testbed | version | feature | features | service |
  system | systems | client | server | gateway | mode | revamp | documentation | docs |
  guide | guides | runbook | workshop | talk | deck | boot-camp | bootcamp | program |
  programme | campaign | survey | surveys | template | model | compliance | permissions |
  interop | installer | installers | repository | repo | prototype | poc | proof-of-concept |
  spec | specs | specification | schema | ha | monitoring | connector | analyzer | analyser |
  library | module | modules | migration | refactor | refactoring | redesign | announcement |
  promotion | channel | newsletter | whitepaper | hackathon | hiring | sso | rbac | auth |
  authentication | authorization | abstractions | correction | improvements | packaging |
  creation | diffs | app | application | extension | playbook |
  checklist | scorecard | contract | agreement | training | course | certification | award |
  awards | wiki | faq | portal | form | flow | workflow | infrastructure | environment |
  release | releases | launch | rollout | upgrade | backend | frontend | ui | ux | design |
  decision | plugin | team | procedure | guideline | guidelines | standard | standards |
  rfc | proposal | document | blueprint | architecture | diagram | inventory | catalog |
  catalogue | registry | database | backup | script | scripts | bot | chatbot | cli |
  command | endpoint | endpoints | webhook | widget | component | components | package |
  packages | binary | container | instance | sandbox | staging | playground | demo | video |
  tutorial | tutorials | curriculum | webinar | blog | article | ebook | brochure | landing |
  homepage | forum | initiative | pilot | meetup | event | conference | summit | offsite |
  budget | forecast | partnership | capability | functionality | fix | fixes | rewrite |
  audit | review | assessment | analysis | evaluation | study | suite | benchmark |
  benchmarks | ci | cd | alerting | logging | tracing | observability | mfa | 2fa |
  encryption | soc | iso | gdpr | controls | role | roles | hire | hires | position |
  squad | helpdesk | beta | alpha | mvp | driver | adapter | parser | sdk | cluster
`);

/** People and organisations other than the team: counting what they do is an outcome. */
export const ACTOR_NOUNS = words(`
  customer | customers | user | users | company | companies | account | accounts | logo |
  logos | subscriber | subscribers | member | members | contributor | contributors | people |
  person | organization | organizations | organisation | organisations | partner | partners |
  visitor | visitors | student | students | builder | builders | publisher | publishers |
  curator | curators | influencer | influencers | ally | allies | community | communities |
  citation | citations | download | downloads | signup | signups | sign-ups | deal | deals |
  opportunity | opportunities | lead | leads | registrant | registrants | follower |
  followers | creator | creators | teams | reps | buyers | clients | shoppers | patients |
  residents | readers | viewers | donors | maintainers | projects | adopters |
  mau | dau | wau | swau | swaus | installs | prospects | merchants | sellers | suppliers |
  applicants | attendees | participants | volunteers | editors | authors | sponsors |
  investors | stargazers | trialists | households | citizens | learners | agencies |
  universities | schools | patients | guests | riders | drivers-partners | hosts | owners
`);

/** Words that start a question. */
export const QUESTION_WORDS = words(`
  how | what | which | why | who | when | where | should | can | could | do | does | did |
  is | are | will | would
`);

/** Forms of "to be" (and "get") that make the next participle a passive: "is documented". */
export const BE_WORDS = words(
  `is | are | was | were | be | been | being | gets | get | got | become | becomes`,
);

/** States that say a deliverable is done, beside verbs' participles ("live", "in place"). */
export const DONE_STATES = words(`
  live | complete | completed | done | ready | available | finished | functional |
  interoperable | stable | default | operational | enabled | implemented | merged | shipped
`);

/** Adverbs between "is" and its participle, or before a bare participle ("fully implemented"). */
export const PARTICIPLE_ADVERBS = words(`
  fully | successfully | finally | now | also | properly | correctly | publicly | formally |
  completely | officially | then | already | automatically | regularly | clearly
`);

/** Verbs that state what a delivered thing can do: "exists", "supports", "works", "interops". */
export const CAPABILITY_VERBS = words(`
  exists | exist | supports | works | interops | interoperates | runs | handles | exposes |
  indexes | uses | describes | indicates
`);

/** Irregular participles outside the verb lexicon: "A coordinator is brought on". */
export const IRREGULAR_PARTICIPLES = words(`
  brought | taken | given | put | met | held | begun | chosen | known | shown | seen | kept |
  found | led | done | made | built | written | sent | set | spun | stood
`);

/** Words after an actor noun that make it a modifier, not the thing counted ("5 user tests"). */
export const MODIFIED_NOUNS = words(`
  test | tests | research | interview | interviews | story | stories | feedback | experience |
  activities | groups | group | profile | profiles | base | journey | survey | surveys |
  success | support | data | account | accounts | segment
`);

/** Words that open a rule against something happening ("No pull request waits…"). */
export const NEGATION_OPENERS = words(`no | zero | never | none | nothing | nobody`);

/** Failures a bound rules out: "runs for 10 days without a crash". */
export const FAILURE_NOUNS = words(`
  crash | crashes | downtime | outage | outages | incident | incidents | error | errors |
  regression | regressions | failure | failures | interruption | interruptions | breach |
  breaches | stop
`);

/** Verbs after "does not" that make a ceiling: "cost per customer does not rise". */
export const RISE_VERBS = words(`
  rise | increase | grow | exceed | go | climb | drop | fall | decrease | decline | slip
`);

/** Words for withheld numbers and unfinished key results. */
export const PLACEHOLDER_WORDS = words(`tbd | tbc | todo | tba | xx | xxx | n/a | ???`);

/** Survey phrasing: what people say is measured by asking them. */
export const REPORT_VERBS = words(
  `report | reports | reported | tell | tells | say | says | rate | rates`,
);

/** Whether a phrase names other people to count ("followers on Twitter", "new contributors"). */
export function mentionsActors(phrase: string): boolean {
  // A plural actor counts ("followers on Twitter"); "customer happiness" is a quality.
  return phrase
    .toLowerCase()
    .split(/[^a-z-]+/u)
    .some((word) => word.endsWith("s") && ACTOR_NOUNS.has(word));
}
