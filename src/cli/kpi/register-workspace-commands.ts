import { type Command, InvalidArgumentError, Option } from "commander";
import type { KpiAnalysis } from "../../core/kpi/analyze-kpi.js";
import { analyzeWorkspace } from "../../core/kpi/analyze-workspace.js";
import { detectDefinitionChurn } from "../../core/kpi/detect-definition-churn.js";
import { listHealthProposals } from "../../core/kpi/health-proposals.js";
import { SPARKLINE_POINTS } from "../../core/thresholds/kpi.js";
import { decideProposal, getProposal, syncProposals } from "../../store/repositories/proposals.js";
import { versionOf } from "../../store/repositories/version.js";
import { kpiDefinitionChanges } from "../../store/tracking/definition-changes.js";
import { UsageError } from "../exit-codes.js";
import { parseAsOf } from "../okr/parse-status-options.js";
import { formatOption, printJson, printLine } from "../output.js";
import { today } from "../today.js";
import { cliActor, withStore } from "../with-store.js";
import { loadDocument } from "../workspace/load-document.js";
import { renderAnalysisText } from "./render-analysis-text.js";
import { renderSparkline } from "./render-sparkline.js";

interface WorkspaceOptions {
  asOf?: string;
  team?: string;
  format: string;
}

function listLine(analysis: KpiAnalysis, name: string, values: readonly number[]): string {
  const latest =
    analysis.range.value === undefined ? "—" : String(Number(analysis.range.value.toPrecision(4)));
  const signal = analysis.signals.at(-1);
  return `${analysis.status.padEnd(7)} ${analysis.kpi.padEnd(28)} ${latest.padStart(9)}  ${renderSparkline(values.slice(-SPARKLINE_POINTS)).padEnd(SPARKLINE_POINTS)}  ${name}${signal ? ` — ${signal.at}: ${signal.message}` : ""}`;
}

function proposalId(text: string): number {
  const id = Number(text);
  if (!Number.isInteger(id) || id < 1)
    throw new InvalidArgumentError("a proposal id is a whole number (see okapi kpi proposals).");
  return id;
}

/** `okapi kpi list|show|proposals|accept|dismiss`: KPI health over the workspace (or a file). */
export function registerKpiWorkspaceCommands(kpi: Command): void {
  kpi
    .command("list")
    .description("every KPI's status, latest value, last 26 points and latest signal")
    .argument("[file]", "okapi file; without it, the workspace in the store")
    .option("--as-of <date>", "day of the analysis (default: today)", parseAsOf)
    .option("--team <id>", "only this team's KPIs")
    .addOption(formatOption())
    .action(async (file: string | undefined, options: WorkspaceOptions) => {
      const asOf = options.asOf ?? today();
      const { document, changes } =
        file === undefined
          ? await withStore(async (store) => ({
              document: await store.exportDocument(),
              changes: await kpiDefinitionChanges(store.db),
            }))
          : { document: await loadDocument(file), changes: [] };
      if (!document) {
        throw new UsageError(
          "the workspace is empty: run `okapi init --demo` or `okapi apply FILE` first, or name a file",
        );
      }
      const kpis = (document.kpis ?? []).filter(
        (k) => options.team === undefined || k.team === options.team,
      );
      const health = analyzeWorkspace({ ...document, kpis }, { asOf });
      const churn = detectDefinitionChurn(changes, asOf).filter((c) =>
        kpis.some((k) => k.id === c.kpi),
      );
      if (options.format === "json") {
        printJson({ kpis: health.analyses, promotions: health.promotions, churn });
        return;
      }
      for (const flag of churn) printLine(`warning: ${flag.message}`);
      for (const analysis of health.analyses) {
        const definition = kpis.find((k) => k.id === analysis.kpi);
        printLine(
          listLine(
            analysis,
            definition?.name ?? analysis.kpi,
            (definition?.measurements ?? []).map((m) => m.value),
          ),
        );
      }
    });
  kpi
    .command("show")
    .description("one KPI in full: status, limits, signals, trend, leading checks, proposals")
    .argument("<id>", "KPI id")
    .argument("[file]", "okapi file; without it, the workspace in the store")
    .option("--as-of <date>", "day of the analysis (default: today)", parseAsOf)
    .addOption(formatOption())
    .action(async (id: string, file: string | undefined, options: WorkspaceOptions) => {
      const document = await loadDocument(file);
      const definition = document.kpis?.find((k) => k.id === id);
      if (!definition)
        throw new UsageError(
          `no KPI "${id}" (KPIs: ${(document.kpis ?? []).map((k) => k.id).join(", ")})`,
        );
      const [analysis] = analyzeWorkspace(
        {
          ...document,
          kpis: [definition, ...(document.kpis ?? []).filter((k) => k !== definition)],
        },
        { asOf: options.asOf ?? today() },
      ).analyses;
      if (!analysis) throw new UsageError(`KPI "${id}" is retired`);
      if (options.format === "json") printJson(analysis);
      else
        for (const line of renderAnalysisText(
          definition.name,
          analysis,
          definition.measurements ?? [],
        ))
          printLine(line);
    });
  kpi
    .command("proposals")
    .description(
      "find KPI → OKR, OKR → KPI and retirement proposals, store the new ones, list every open one",
    )
    .option("--as-of <date>", "day of the analysis (default: today)", parseAsOf)
    .addOption(formatOption())
    .action(async (options: WorkspaceOptions) => {
      const result = await withStore(async (store) => {
        const document = await store.exportDocument();
        if (!document)
          throw new UsageError(
            "the workspace is empty: run `okapi init --demo` or `okapi apply FILE` first",
          );
        const health = analyzeWorkspace(document, { asOf: options.asOf ?? today() });
        return syncProposals(store.db, listHealthProposals(health), { actor: cliActor() });
      });
      if (options.format === "json") {
        printJson(result);
        return;
      }
      printLine(
        `${result.added} new, ${result.open.length} open (accept or dismiss with okapi kpi accept|dismiss ID --by PERSON)`,
      );
      for (const p of result.open)
        printLine(
          `  #${p.id} ${p.kind} ${p.subject}: ${(p.payload as { rationale?: string }).rationale ?? ""}`,
        );
    });
  for (const status of ["accepted", "dismissed"] as const) {
    kpi
      .command(status === "accepted" ? "accept" : "dismiss")
      .description(`mark an open proposal ${status}, by a named person`)
      .argument("<id>", "proposal number", proposalId)
      .requiredOption("--by <person>", "who decided")
      .option("--reason <text>", "why")
      .addOption(
        new Option("--format <format>", "output format").choices(["text", "json"]).default("text"),
      )
      .action(async (id: number, options: { by: string; reason?: string; format: string }) => {
        const outcome = await withStore(async (store) => {
          const current = await getProposal(store.db, String(id));
          if (current?.status !== "open") return undefined;
          // A person at the terminal decides on what they just listed: the current version.
          return decideProposal(store.db, String(id), status, {
            actor: options.by,
            ifMatch: versionOf(current),
            reason: options.reason,
          });
        });
        if (!outcome?.ok)
          throw new UsageError(`no open proposal #${id}: run okapi kpi proposals to list them`);
        const decided = outcome.value;
        if (options.format === "json") printJson(decided);
        else
          printLine(
            `Proposal #${id} (${decided.kind} ${decided.subject}) ${status} by ${options.by}`,
          );
      });
  }
}
