import { Badge, type Tone } from "../../components/badge";
import { Button } from "../../components/button";
import { type Finding, titleRewrite } from "./place-findings";

const TONE: Record<Finding["severity"], Tone> = { error: "red", warning: "amber", info: "neutral" };
const WORD: Record<Finding["severity"], string> = {
  error: "Error",
  warning: "Warning",
  info: "Note",
};

interface FindingListProps {
  findings: Finding[] | undefined;
  /** The title the findings are about, when a fix may rewrite it. */
  title?: string;
  /** Replaces the title with a fix's rewrite; absent where no title applies. */
  onRewrite?: (title: string) => void;
}

/** The linter's findings for one field, each with why, how to fix it and, for titles, a one-click rewrite. */
export function FindingList({ findings, title, onRewrite }: FindingListProps) {
  if (!findings?.length) return null;
  return (
    <ul className="findings" aria-label="Linter findings">
      {findings.map((finding) => {
        const rewrite = onRewrite && title !== undefined ? titleRewrite(finding, title) : undefined;
        return (
          <li key={`${finding.rule}:${finding.path}`} data-rule={finding.rule} className="finding">
            <div className="row">
              <Badge tone={TONE[finding.severity]}>{WORD[finding.severity]}</Badge>
              <code>{finding.rule}</code>
            </div>
            <p>{finding.message}</p>
            <p className="muted">Fix: {finding.fix}</p>
            {rewrite && onRewrite ? (
              <Button
                onClick={() => onRewrite(rewrite)}
                aria-label={`Apply fix: rewrite as “${rewrite}”`}
              >
                Apply fix
              </Button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
