import { wordList } from "./word-list.js";

/**
 * What a key result's verb says about the change it asks for. `deliver` verbs name an
 * activity or an output (launch, ship, build); `count` verbs read as an outcome only
 * when a number follows ("Deliver 99.9% uptime", but "Deliver the new API").
 */
export type VerbClass = "increase" | "decrease" | "improve" | "maintain" | "achieve" | "deliver";

const CLASSES: Record<VerbClass, readonly string[]> = {
  increase: wordList(`
  increase | grow | raise | lift | boost | expand | double | triple | quadruple |
  accelerate | strengthen | maximize | maximise | scale | extend | widen | deepen |
  enhance | multiply | uplift | drive up | push up | scale up | ramp up | gain
`),
  decrease: wordList(`
  reduce | cut | decrease | lower | shrink | shorten | halve | minimize | minimise |
  eliminate | slash | trim | curb | lessen | compress | bring down | drive down | speed up
  | drop | fall
`),
  improve: ["improve", "optimize", "optimise", "better", "move", "change", "shift"],
  maintain: wordList(`
  keep | maintain | sustain | hold | stay | remain | preserve | protect | ensure | uphold
  | safeguard | cap | defend | guarantee | continue | make sure
`),
  achieve: wordList(`
  achieve | reach | hit | attain | exceed | surpass | beat | get | get to | win | sign |
  secure | land | close | acquire | convert | earn | retain | generate | score | obtain |
  onboard | attract | top
`),
  deliver: wordList(`
  launch | ship | build | implement | hire | complete | migrate | release | deploy | roll
  out | create | develop | design | redesign | write | publish | run | host | conduct |
  introduce | set up | finish | deliver | rewrite | refactor | integrate | document |
  train | establish | define | automate | add | start | kick off | begin | organize |
  organise | prepare | draft | research | investigate | explore | evaluate | review |
  audit | plan | install | configure | upgrade | replace | consolidate | standardize |
  standardise | rebuild | revamp | overhaul | update | finalize | finalise | announce |
  attend | interview | stand up | spin up | pilot | prototype | sunset | deprecate |
  transition | translate | localize | localise | produce | record | send | book | post |
  call | email | visit | present | pitch | open | roll | put in place | test | fix |
  resolve | refresh | rename
`),
};

/**
 * Verbs of work that read as a task in a key result but can open an objective that names a
 * change ("Enable every team to ship safely", "Make onboarding the reason customers renew"):
 * deliverables for key results only.
 */
const WORK_VERBS = wordList(`
  make | do | map | identify | find | decide | determine | choose | select | figure out |
  switch | track | measure | capture | collect | gather | analyse | analyze | estimate |
  inspect | curate | promote | schedule | support | enable | activate | execute | stabilize |
  stabilise | merge | reboot | offer | provide | devise | source | set | agree on | specify |
  assign | expand on | store | fall back | reach out | adopt | assess | benchmark |
  coordinate | facilitate | sponsor | negotiate | partner | engage | recruit | mentor |
  rework | retire | remove | delete | clean up | simplify | unify | split | encrypt | harden |
  patch | certify | validate | verify | approve | sign off | hand over | wrap up | roll back |
  archive | label | categorize | categorise | prioritize | prioritise | scope | outline |
  formalize | formalise | operationalize | communicate | share | demo | showcase | educate |
  teach | coach | survey | poll | experiment | iterate | revise | instrument | monitor |
  backfill | import | export | sync | connect | link | embed | package | bundle |
  containerize | decommission | centralize | centralise | form | assemble | staff | appoint |
  nominate | submit | file | apply | register | procure | purchase | buy | fund | allocate |
  edit | film | illustrate | rebrand | clarify | describe | explain | summarize | summarise
  | report | organise | host | pitch | sketch | interview | onboard onto
`);

/** Verbs whose object decides the reading: with a number they name an outcome. */
const COUNT_VERBS = new Set(["deliver", "add", "complete", "run", "book", "send", "hold"]);

// Irregular past forms; regular ones are generated.
const IRREGULAR: Record<string, readonly string[]> = {
  keep: ["kept"],
  hold: ["held"],
  grow: ["grew", "grown"],
  build: ["built"],
  run: ["ran"],
  get: ["got", "gotten"],
  win: ["won"],
  write: ["wrote", "written"],
  begin: ["began", "begun"],
  make: ["made"],
  send: ["sent"],
  rebuild: ["rebuilt"],
  rewrite: ["rewrote", "rewritten"],
  drive: ["drove", "driven"],
  do: ["did", "done"],
  find: ["found"],
  choose: ["chose", "chosen"],
  fall: ["fell", "fallen"],
  beat: ["beaten"],
  hire: [],
  set: [],
  cut: [],
  hit: [],
};
const DOUBLES_FINAL = new Set(
  wordList(`
  ship | cut | drop | plan | run | get | hit | set | win | cap | top | begin | spin | trim
  | slash | stop | pin | sign
`),
);
const NO_DOUBLE = new Set(["sign", "slash"]);

/** Every form of a verb a KR may use: base, -s, -ed, -ing (so "bookkeeping" is no "keep"). */
function inflect(verb: string): string[] {
  const forms = new Set([verb, ...(IRREGULAR[verb] ?? [])]);
  const last = verb.slice(-1);
  const doubled = DOUBLES_FINAL.has(verb) && !NO_DOUBLE.has(verb) ? verb + last : verb;
  forms.add(
    /(s|sh|ch|x|z|o)$/.test(verb)
      ? `${verb}es`
      : /[^aeiou]y$/.test(verb)
        ? `${verb.slice(0, -1)}ies`
        : `${verb}s`,
  );
  if (verb.endsWith("e")) {
    forms.add(`${verb}d`);
    forms.add(`${verb.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(verb)) {
    forms.add(`${verb.slice(0, -1)}ied`);
    forms.add(`${verb}ing`);
  } else {
    if (!IRREGULAR[verb] || IRREGULAR[verb]?.length === 0) forms.add(`${doubled}ed`);
    forms.add(`${doubled}ing`);
  }
  return [...forms];
}

/** A verb found in text: its base form and what it asks for. */
export interface VerbEntry {
  lemma: string;
  verbClass: VerbClass;
  /** The reading depends on whether a number follows. */
  countVerb: boolean;
  /** A verb of work that makes a key result a task, but not an objective an output. */
  workOnly?: boolean;
}

function buildLexicon(): Map<string, VerbEntry> {
  const lexicon = new Map<string, VerbEntry>();
  const classes = [
    ...(Object.entries(CLASSES) as [VerbClass, readonly string[]][]),
    ["deliver", WORK_VERBS] as [VerbClass, readonly string[]],
  ];
  for (const [verbClass, verbs] of classes) {
    const workOnly = verbs === WORK_VERBS;
    for (const phrase of verbs) {
      const [head = phrase, ...rest] = phrase.split(" ");
      const tail = rest.length > 0 ? ` ${rest.join(" ")}` : "";
      const entry: VerbEntry = { lemma: phrase, verbClass, countVerb: COUNT_VERBS.has(phrase) };
      if (workOnly) entry.workOnly = true;
      for (const form of inflect(head)) {
        const key = `${form}${tail}`;
        if (!lexicon.has(key)) lexicon.set(key, entry);
      }
    }
  }
  return lexicon;
}

const LEXICON = buildLexicon();
// First words of the two- and three-word verbs: most words start none, and skip the
// phrase look-ups (this runs on nearly every word of every key result).
const PHRASE_HEADS = new Set(
  [...LEXICON.keys()].filter((key) => key.includes(" ")).map((key) => key.split(" ")[0]),
);

/**
 * Looks up the verb starting at `words[at]`, trying two-word phrasal verbs first
 * ("roll out", "bring down"). Returns the entry and how many words it spans.
 */
export function lookUpVerb(
  words: readonly string[],
  at: number,
): { entry: VerbEntry; span: number } | undefined {
  const word = words[at];
  if (word === undefined) return undefined;
  if (!PHRASE_HEADS.has(word)) {
    const entry = LEXICON.get(word);
    return entry ? { entry, span: 1 } : undefined;
  }
  const next = words[at + 1];
  const third = words[at + 2];
  if (next !== undefined && third !== undefined) {
    const entry = LEXICON.get(`${word} ${next} ${third}`);
    if (entry) return { entry, span: 3 };
  }
  if (next !== undefined) {
    const entry = LEXICON.get(`${word} ${next}`);
    if (entry) return { entry, span: 2 };
  }
  const entry = LEXICON.get(word);
  return entry ? { entry, span: 1 } : undefined;
}
