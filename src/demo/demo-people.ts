import type { Person, Team } from "../core/model/index.js";

const DOMAIN = "acme.example";

/** [id, full name] and role: the ~20 people who own something; the other ~100 staff own nothing here. */
const ROSTER: readonly (readonly [string, string])[] = [
  ["dana", "Dana Whitfield"], // CEO
  ["priya", "Priya Raman"], // VP Finance & Operations
  ["marcus", "Marcus Oyelaran"], // Head of Growth
  ["elena", "Elena Petrova"], // VP Sales
  ["tomas", "Tomás Alvarez"], // Head of Customer Success
  ["hannah", "Hannah Kim"], // VP Engineering
  ["samir", "Samir Haddad"], // Head of Product
  ["aisha", "Aisha Bello"], // Growth PM, onboarding
  ["jonas", "Jonas Weber"], // Lifecycle marketing
  ["grace", "Grace Liu"], // Growth analyst
  ["kenji", "Kenji Watanabe"], // Sales operations
  ["laura", "Laura Chen"], // Mid-market sales lead
  ["diego", "Diego Santos"], // SDR manager
  ["olivia", "Olivia Brennan"], // CSM lead
  ["fatima", "Fatima Zahra"], // Support lead
  ["ravi", "Ravi Menon"], // SRE lead
  ["chloe", "Chloé Dubois"], // Platform engineering manager
  ["ben", "Ben Carter"], // Staff engineer
  ["omar", "Omar Farouk"], // FP&A
  ["nora", "Nora Lindqvist"], // Controller
];

function emailOf(name: string): string {
  const ascii = name.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  return `${ascii.toLowerCase().replace(/\s+/g, ".")}@${DOMAIN}`;
}

/** The people of Acme Analytics who own a team, a KPI or a key result. */
export function demoPeople(): Person[] {
  return ROSTER.map(([id, name]) => ({ id, name, email: emailOf(name) }));
}

/** Five teams, one per function, each with its lead. */
export function demoTeams(): Team[] {
  return [
    { id: "growth", name: "Growth", lead: "marcus" },
    { id: "sales", name: "Sales", lead: "elena" },
    { id: "customer-success", name: "Customer Success", lead: "tomas" },
    { id: "product-engineering", name: "Product & Engineering", lead: "hannah" },
    { id: "finance-ops", name: "Finance & Operations", lead: "priya" },
  ];
}
