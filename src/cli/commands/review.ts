import { type Command, Option } from "commander";
import { renderReview } from "../../agent/render-review.js";
import { buildQuarterlyReview } from "../../core/review/build-quarterly-review.js";
import { buildWeeklyReview } from "../../core/review/build-weekly-review.js";
import type { QuarterlyReview } from "../../core/review/quarterly-review-types.js";
import type { WeeklyReview } from "../../core/review/weekly-review-types.js";
import { EXIT_OK, UsageError } from "../exit-codes.js";
import { parseAsOf } from "../okr/parse-status-options.js";
import { printJson } from "../output.js";
import { loadReviewWorkspace } from "../review/load-review-workspace.js";
import { today } from "../today.js";

interface ReviewOptions {
  asOf?: string;
  cycle?: string;
  format: "md" | "json" | "html" | "text";
}

function reviewFormat(): Option {
  return new Option("--format <format>", "md (Markdown), json or html (printable); text is md")
    .choices(["md", "json", "html", "text"])
    .default("md");
}

function print(review: WeeklyReview | QuarterlyReview, format: ReviewOptions["format"]): void {
  if (format === "json") printJson(review);
  else process.stdout.write(renderReview(review, format === "html" ? "html" : "md"));
  process.exitCode = EXIT_OK;
}

/** `okapi review weekly|quarterly|notes`: the reviews of the operating rhythm. */
export function registerReviewCommand(program: Command): void {
  const review = program
    .command("review")
    .description("the weekly business review, the quarterly review, and notes to insight");
  review
    .command("weekly")
    .description(
      "red and signalling KPIs (what changed, why it matters, what to test next), OKR progress and confidence, at-risk goals, decisions, stale check-ins, the operating quadrant",
    )
    .argument("[file]", "okapi file; without it, the workspace in the store")
    .option("--as-of <date>", "the day of the review, YYYY-MM-DD (default: today, UTC)", parseAsOf)
    .addOption(reviewFormat())
    .action(async (file: string | undefined, options: ReviewOptions) => {
      const { document, sourceFailures } = await loadReviewWorkspace(file);
      print(
        buildWeeklyReview(document, { asOf: options.asOf ?? today(), sourceFailures }),
        options.format,
      );
    });
  review
    .command("quarterly")
    .description("grades, retros, what carried over, KPI promotions and new OKR proposals")
    .argument("[file]", "okapi file; without it, the workspace in the store")
    .option(
      "--cycle <cycle>",
      "the cycle to review (default: the workspace's cycle that ended last)",
    )
    .option("--as-of <date>", "the day of the review, YYYY-MM-DD (default: today, UTC)", parseAsOf)
    .addOption(reviewFormat())
    .action(async (file: string | undefined, options: ReviewOptions) => {
      const { document } = await loadReviewWorkspace(file);
      const built = buildQuarterlyReview(document, {
        asOf: options.asOf ?? today(),
        cycle: options.cycle,
      });
      if (!built)
        throw new UsageError(
          `--cycle ${options.cycle}: not a cycle; write a quarter (2026-Q3), a half (2026-H2), a year, or a declared cycle id`,
        );
      print(built, options.format);
    });
  review
    .command("notes")
    .description(
      "structure free-form review notes into what changed / why it matters / what to test next, linked to the KPIs and OKRs they mention",
    )
    .argument("<notes>", "a text file of notes, or - for standard input")
    .option(
      "--workspace <file>",
      "okapi file to link against (default: the workspace in the store)",
    )
    .addOption(
      new Option("--format <format>", "output format").choices(["text", "json"]).default("text"),
    )
    .action(async (notesPath: string, options: { workspace?: string; format: string }) => {
      const { readNotes, renderNotesText } = await import("../review/notes-io.js");
      const { structureReviewNotes } = await import("../../agent/structure-review-notes.js");
      const text = await readNotes(notesPath);
      const { document } = await loadReviewWorkspace(options.workspace);
      let insight: Awaited<ReturnType<typeof structureReviewNotes>>;
      try {
        insight = await structureReviewNotes(text, document, process.env);
      } catch (error) {
        throw new UsageError(error instanceof Error ? error.message : String(error));
      }
      if (options.format === "json") printJson(insight);
      else process.stdout.write(renderNotesText(insight));
      process.exitCode = EXIT_OK;
    });
}
