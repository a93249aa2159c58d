import { ApiProblem, type ProblemBody } from "../api/client";

function where(error: NonNullable<ProblemBody["errors"]>[number]): string {
  const at = error.line
    ? ` (line ${error.line}${error.column ? `, column ${error.column}` : ""})`
    : "";
  return error.path ? `${error.path}${at}: ` : at ? `${at.trim()}: ` : "";
}

/** Turns any thrown value into a problem+json body, so every error reads the same way. */
function toProblemBody(error: unknown): ProblemBody {
  if (error instanceof ApiProblem) return error.problem;
  const detail = error instanceof Error ? error.message : String(error);
  return {
    type: "about:blank",
    title: "Could not reach the server",
    status: 0,
    detail: `${detail}. Check that Okapi is running and try again.`,
  };
}

/** Renders the API's problem+json in words: what went wrong, where, and how to fix it. */
export function Problem({ error }: { error: unknown }) {
  const problem = toProblemBody(error);
  return (
    <div className="problem" role="alert">
      <strong>{problem.title}</strong>
      {problem.detail && problem.detail !== problem.title ? <p>{problem.detail}</p> : null}
      {problem.errors?.length ? (
        <ul>
          {problem.errors.map((e) => (
            <li key={`${e.path}:${e.message}`}>
              {where(e)}
              {e.message}
              {e.fix ? <span className="muted"> — {e.fix}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
