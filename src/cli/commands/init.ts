import type { Command } from "commander";
import { storeOptionsFromEnv } from "../../store/open-store.js";
import { formatOption, printJson, printLine } from "../output.js";
import { today } from "../today.js";
import { cliActor, withStore } from "../with-store.js";
import { formatSummary, summarizeWorkspace } from "../workspace/describe-workspace.js";
import { loadDemo } from "../workspace/load-demo.js";

function storeLocation(): string {
  const options = storeOptionsFromEnv();
  return options.databaseUrl ? "PostgreSQL (DATABASE_URL)" : `embedded store in ${options.dataDir}`;
}

/** `okapi init [--demo]`: create the workspace (and optionally load the demo company). */
export function registerInitCommand(program: Command): void {
  program
    .command("init")
    .description("create a workspace; --demo loads a realistic company with two years of history")
    .option("--demo", "load the demo company (Acme Analytics)", false)
    .option("--organization <name>", "organization name for an empty workspace", "My company")
    .option("--as-of <date>", "date the demo's live quarter is built around (default: today)")
    .addOption(formatOption())
    .action(
      async (options: { demo: boolean; organization: string; asOf?: string; format: string }) => {
        const document = await withStore(async (store) => {
          if (options.demo) await loadDemo(store, options.asOf ?? today(), cliActor());
          else if (await store.isEmpty()) {
            await store.applyDocument(
              { version: 1, organization: options.organization },
              { actor: cliActor() },
            );
          }
          return store.exportDocument();
        });
        const summary = document ? summarizeWorkspace(document) : null;
        if (options.format === "json") {
          printJson({ store: storeLocation(), workspace: summary });
          return;
        }
        printLine(`Workspace ready in the ${storeLocation()}.`);
        if (summary) printLine(formatSummary(summary));
      },
    );
}
