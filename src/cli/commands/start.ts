import type { Command } from "commander";
import { printLine } from "../output.js";
import { cliActor, withStore } from "../with-store.js";
import { formatSummary, summarizeWorkspace } from "../workspace/describe-workspace.js";
import { loadDemo, todayIso } from "../workspace/load-demo.js";

/** `okapi start` (npm start): the first-run experience — an empty store gets the demo company. */
export function registerStartCommand(program: Command): void {
  program
    .command("start")
    .description(
      "prepare the workspace (loading the demo company into an empty store) and show what it holds",
    )
    .action(async () => {
      const document = await withStore(async (store) => {
        if (await store.isEmpty()) {
          printLine("Empty store: loading the demo company (Acme Analytics)…");
          await loadDemo(store, todayIso(), cliActor());
        }
        return store.exportDocument();
      });
      if (document) printLine(formatSummary(summarizeWorkspace(document)));
      printLine("");
      printLine("Try:");
      printLine("  npx okapi export --format yaml     # the workspace as an okapi file");
      printLine("  npx okapi validate examples/acme.okapi.yaml");
    });
}
