import type { Command } from "commander";
import { parseCycle } from "../../core/model/cycle.js";
import { carryForwardObjective } from "../../core/okr/carry-forward-objective.js";
import { UsageError } from "../exit-codes.js";
import { formatOption, printJson, printLine } from "../output.js";
import { cliActor, withStore } from "../with-store.js";

/** `okapi carry-forward OBJECTIVE… --to CYCLE`: unfinished objectives move on only on request. */
export function registerCarryForwardCommand(program: Command): void {
  program
    .command("carry-forward")
    .description(
      "copy unfinished objectives into the next cycle (same targets, fresh check-ins and checkpoint)",
    )
    .argument("<objectives...>", "ids of the objectives to carry")
    .requiredOption("--to <cycle>", "the cycle to carry them into, e.g. 2027-Q1")
    .addOption(formatOption())
    .action(async (ids: string[], options: { to: string; format: string }) => {
      const created = await withStore(async (store) => {
        const document = await store.exportDocument();
        if (!document)
          throw new UsageError(
            "the workspace is empty: run `okapi init --demo` or `okapi apply FILE` first",
          );
        const next = parseCycle(options.to, document.cycles);
        if (!next)
          throw new UsageError(`--to ${options.to}: not a cycle (write 2027-Q1, 2027-H1 or 2027)`);
        const existing = new Set((document.objectives ?? []).map((o) => o.id));
        const carried = ids.map((id) => {
          const objective = document.objectives?.find((o) => o.id === id);
          if (!objective) throw new UsageError(`no objective "${id}" in the workspace`);
          if (objective.status === "achieved")
            throw new UsageError(`"${id}" was achieved: there is nothing to carry forward`);
          if (
            objective.cycle !== undefined &&
            parseCycle(objective.cycle, document.cycles)?.id === next.id
          ) {
            throw new UsageError(`"${id}" is already in ${next.id}`);
          }
          const copy = carryForwardObjective(objective, next);
          if (existing.has(copy.id))
            throw new UsageError(
              `"${copy.id}" exists already: "${id}" was carried into ${next.id} before`,
            );
          return copy;
        });
        await store.applyDocument(
          { version: 1, organization: document.organization, objectives: carried },
          { actor: cliActor() },
        );
        return carried;
      });
      if (options.format === "json") printJson({ carried: created });
      else
        for (const objective of created)
          printLine(
            `Carried into ${options.to}: ${objective.id} (${objective.keyResults?.length ?? 0} key results)`,
          );
    });
}
