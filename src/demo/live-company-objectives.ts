import type { ObjectiveSpec } from "./objective-spec.js";

/** Decision checkpoint for every live objective: ten weeks in, after the mid-quarter review. */
export const LIVE_CHECKPOINT_DAY = 70;

/** The two company objectives of the live quarter; team objectives align to them. */
export function liveCompanyObjectives(): ObjectiveSpec[] {
  return [
    {
      id: "durable-growth",
      title: "Make our growth durable: customers stay, expand and pay back",
      owner: "dana",
      type: "committed",
      leadingIndicators: ["activation-w2", "pipeline-coverage"],
      keyResults: [
        {
          id: "arr-growth",
          title: (from) => `Grow ARR from $${from}M to $15M`,
          to: 15,
          unit: "$M",
          owner: "priya",
          kpi: "arr",
          story: "on-track",
          decimals: 2,
          notes: ["Q3 closed slightly above plan", "Two mid-market deals slipped to December"],
        },
        {
          id: "nrr-lift",
          title: (from) => `Increase net revenue retention from ${from}% to 110%`,
          to: 110,
          unit: "%",
          owner: "tomas",
          kpi: "nrr",
          story: "behind",
          decimals: 1,
          notes: [
            "Still carrying the spring churn in the trailing 12 months",
            "Expansion is fine; the drag is new accounts that never activated",
          ],
        },
        {
          id: "gross-margin-lift",
          title: (from) => `Lift gross margin from ${from}% to 78%`,
          to: 78,
          unit: "%",
          owner: "omar",
          kpi: "gross-margin",
          story: "on-track",
          decimals: 1,
          notes: ["Reserved instances kicked in mid-October", "Data vendor contract renegotiated"],
        },
      ],
      killCriteria: [
        {
          metric: "nrr-lift",
          below: 96,
          note: "Below 96% we shrink inside our own base faster than sales refills it: pause new-logo spend, fund retention",
        },
        {
          day: LIVE_CHECKPOINT_DAY,
          note: "Board prep: continue the retention bet into next quarter?",
        },
      ],
    },
    {
      id: "first-two-weeks",
      title: "Make the first two weeks the reason customers stay",
      owner: "samir",
      type: "aspirational",
      leadingIndicators: ["activation-w2"],
      keyResults: [
        {
          id: "activation-lift",
          title: (from) => `Increase week-2 activation from ${from}% to 42%`,
          to: 42,
          unit: "%",
          owner: "aisha",
          kpi: "activation-w2",
          story: "falling-confidence",
          decimals: 1,
          notes: [
            "New onboarding checklist in A/B test",
            "Activation still sliding; the September cohort is mostly self-serve trials",
            "Trials from the new pricing page activate far less; digging into why",
          ],
          blocker: "Need data-eng time to split activation by acquisition channel",
        },
        {
          id: "active-accounts-growth",
          title: (from) => `Grow weekly active accounts from ${from} to 815`,
          to: 815,
          unit: "accounts",
          owner: "marcus",
          kpi: "weekly-active-accounts",
          story: "behind",
          decimals: 0,
          notes: [
            "Flat: new accounts are not replacing the spring churn",
            "Usage campaign for dormant seats",
          ],
        },
        {
          id: "onboarding-satisfaction",
          title: "Raise onboarding survey satisfaction from 82% to 90%",
          from: 82,
          to: 90,
          unit: "%",
          owner: "samir",
          metric: "onboarding-survey-satisfaction",
          story: "on-track",
          decimals: 1,
          notes: ["Survey now sent on day 10", "Comments love the new sample dashboards"],
        },
      ],
      killCriteria: [
        {
          metric: "activation-lift",
          below: 28,
          note: "Below 28% the onboarding bet is failing: stop and run customer interviews first",
        },
        { day: LIVE_CHECKPOINT_DAY },
      ],
    },
  ];
}
