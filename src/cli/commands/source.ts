import { type Command, Option } from "commander";
import { EXIT_FOUND_PROBLEMS, EXIT_OK, UsageError } from "../exit-codes.js";
import { formatOption, printJson, printLine } from "../output.js";
import { readText } from "../read-okapi-file.js";
import { withAppContext } from "../with-app-context.js";
import { cliActor, withStore } from "../with-store.js";

interface AddOptions {
  metric: string;
  kind: string;
  config?: string;
  configFile?: string;
  credentialsRef?: string;
  credential: string[];
  cadence: string;
  format: string;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseConfig(options: AddOptions): unknown {
  const text = options.configFile ? readText(options.configFile) : options.config;
  if (text === undefined)
    throw new UsageError("give the connector's query with --config JSON or --config-file FILE");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`the query is not JSON: ${(error as Error).message}`);
  }
}

/** `--credential token=GITHUB_PAT` reads the secret from $GITHUB_PAT: never typed on the command line. */
function readCredentials(pairs: readonly string[]): Record<string, string> | undefined {
  if (pairs.length === 0) return undefined;
  return Object.fromEntries(
    pairs.map((pair) => {
      const [key, variable] = pair.split("=");
      if (!key || !variable)
        throw new UsageError(`--credential ${pair}: write KEY=ENV_VAR, e.g. token=GITHUB_PAT`);
      const value = process.env[variable];
      if (!value)
        throw new UsageError(
          `--credential ${key}: the environment variable ${variable} is not set`,
        );
      return [key, value];
    }),
  );
}

/** `okapi source add|list|run`: data sources that feed KPIs and key results. */
export function registerSourceCommand(program: Command): void {
  const source = program
    .command("source")
    .description("data sources that feed KPIs and key results from the tools teams use");
  source
    .command("add")
    .description(
      "bind a KPI or key result to a connector query (credentials are stored encrypted with OKAPI_SECRET_KEY)",
    )
    .argument("<id>", "the source's id, e.g. github-lead-time")
    .requiredOption("--metric <id>", "the KPI or key result it feeds")
    .addOption(
      new Option("--kind <connector>", "the connector")
        .choices(["github", "jira", "linear", "salesforce", "http-json", "sql", "csv"])
        .makeOptionMandatory(),
    )
    .option("--config <json>", "the connector's query as JSON (see src/connectors/README.md)")
    .option("--config-file <file>", "the query in a JSON file")
    .option(
      "--credentials-ref <ref>",
      "use OKAPI_…_<REF> environment variables instead of stored credentials",
    )
    .option(
      "--credential <key=ENV_VAR>",
      "store a credential read from an environment variable (repeatable)",
      collect,
      [],
    )
    .addOption(
      new Option("--cadence <cadence>", "how often it is pulled")
        .choices(["daily", "weekly", "monthly"])
        .default("daily"),
    )
    .addOption(formatOption())
    .action(async (id: string, options: AddOptions) => {
      const { addSource, SourceInput, SourceInputError } = await import(
        "../../agent/sources/add-source.js"
      );
      const parsed = SourceInput.safeParse({
        id,
        metric: options.metric,
        kind: options.kind,
        config: parseConfig(options),
        ...(options.credentialsRef && { credentialsRef: options.credentialsRef }),
        ...(options.credential.length > 0 && { credentials: readCredentials(options.credential) }),
        cadence: options.cadence,
      });
      if (!parsed.success)
        throw new UsageError(
          parsed.error.issues
            .map((i) => `${i.path.join(".") || "source"}: ${i.message}`)
            .join("; "),
        );
      const outcome = await withStore(async (store) => {
        try {
          return await addSource(store, parsed.data, { actor: cliActor(), env: process.env });
        } catch (error) {
          if (error instanceof SourceInputError) throw new UsageError(error.message);
          throw error;
        }
      });
      if (!outcome.ok)
        throw new UsageError(
          outcome.reason === "conflict" ? outcome.detail : `source not added: ${outcome.reason}`,
        );
      if (options.format === "json") printJson(outcome.value);
      else
        printLine(
          `added ${outcome.value.id}: ${outcome.value.kind} → ${outcome.value.metric} (${outcome.value.cadence}); pull it now with okapi source run ${outcome.value.id}`,
        );
      process.exitCode = EXIT_OK;
    });
  source
    .command("list")
    .description(
      "every data source with its status: healthy, failing (stale: source failing) or never run",
    )
    .addOption(formatOption())
    .action(async (options: { format: string }) => {
      const { listSources, publicSource } = await import("../../store/agent/sources.js");
      const sources = (await withStore((store) => listSources(store.db))).map(publicSource);
      if (options.format === "json") printJson({ items: sources });
      else if (sources.length === 0) printLine("no data sources: add one with okapi source add");
      else
        for (const s of sources)
          printLine(
            `${s.id}  ${s.kind} → ${s.metric}  ${s.cadence}  ${s.status === "failing" ? `stale: source failing since ${s.error?.since} (${s.error?.kind}: ${s.error?.message})` : s.status}${s.lastSuccessAt ? `  last value ${s.lastSuccessAt}` : ""}`,
          );
      process.exitCode = EXIT_OK;
    });
  source
    .command("run")
    .description(
      "pull a source now: a value is written, or the metric is marked stale with the error (exit 1)",
    )
    .argument("<id>", "the source's id")
    .addOption(formatOption())
    .action(async (id: string, options: { format: string }) => {
      const { getSource } = await import("../../store/agent/sources.js");
      const { pullSource } = await import("../../app/pull-source.js");
      const result = await withAppContext(async (context) => {
        const found = await getSource(context.store.db, id);
        if (!found) throw new UsageError(`no source "${id}": see okapi source list`);
        return pullSource(context, found, {
          env: process.env,
          now: () => context.clock.now(),
        });
      });
      if (options.format === "json") printJson(result);
      else if (result.ok) printLine(`${id}: ${result.value} at ${result.at} (${result.source})`);
      else
        printLine(
          `${id}: stale: source failing — ${result.failure.kind}: ${result.failure.message}; no value written`,
        );
      process.exitCode = result.ok ? EXIT_OK : EXIT_FOUND_PROBLEMS;
    });
}
