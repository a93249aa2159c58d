import type { ObjectiveSpec } from "./objective-spec.js";

/** The closed quarter before the live one: two graded objectives for grading and promotion. */
export function previousObjectives(): ObjectiveSpec[] {
  return [
    {
      id: "self-serve-expansion",
      title: "Let customers expand without waiting for sales",
      owner: "marcus",
      team: "growth",
      type: "aspirational",
      status: "achieved",
      retro:
        "Self-serve upgrades nearly doubled. Seat upgrades are worth watching as a KPI from now on.",
      keyResults: [
        {
          id: "self-serve-upgrades",
          title: "Increase self-serve seat upgrades from 30 to 60 per month",
          from: 30,
          to: 60,
          unit: "upgrades/month",
          owner: "jonas",
          metric: "self-serve-seat-upgrades",
          story: "graded",
          final: 58,
          decimals: 0,
          notes: [
            "Upgrade prompt live for admins",
            "Prompt on the seat-limit screen converts twice as well",
            "Close to target; September is usually quiet",
          ],
        },
        {
          id: "upgrade-flow-adoption",
          title: "Increase accounts that use the in-app upgrade flow from 10% to 25%",
          from: 10,
          to: 25,
          unit: "%",
          owner: "aisha",
          story: "graded",
          final: 21,
          decimals: 0,
          notes: ["Flow shipped to 50% of accounts", "Rolled out to everyone", "Plateau near 21%"],
        },
      ],
      killCriteria: [
        { metric: "self-serve-upgrades", below: 25, day: 45 },
        {
          day: 60,
          decision: {
            outcome: "continue",
            by: "marcus",
            reason: "Upgrades up 40% by mid-quarter, no rise in refunds",
          },
        },
      ],
    },
    {
      id: "renewal-playbook",
      title: "Make renewals a process, not a scramble",
      owner: "tomas",
      team: "customer-success",
      type: "committed",
      status: "missed",
      retro:
        "The playbook works where CSMs used it; late renewals clustered in accounts hit by the pricing change.",
      keyResults: [
        {
          id: "renewals-started-early",
          title: "Increase renewals started 90 days out from 40% to 85%",
          from: 40,
          to: 85,
          unit: "%",
          owner: "olivia",
          story: "graded",
          final: 78,
          decimals: 0,
          notes: [
            "Renewal calendar in the CRM",
            "Two CSMs still on spreadsheets",
            "Most books covered",
          ],
        },
        {
          id: "late-renewals",
          title: "Reduce late renewals from 18% to 5%",
          from: 18,
          to: 5,
          unit: "%",
          owner: "tomas",
          story: "graded",
          final: 11,
          decimals: 0,
          notes: [
            "Late renewals are mostly procurement delays",
            "Pricing-change accounts are stalling renewals",
            "Missed; carrying the lesson into Q4",
          ],
          blocker: "Accounts on the old pricing wait for the grandfathering decision",
        },
      ],
      killCriteria: [
        {
          day: 60,
          decision: {
            outcome: "change",
            by: "tomas",
            reason:
              "Pricing fallout: focus the playbook on accounts renewing under the new pricing",
          },
        },
      ],
    },
  ];
}
