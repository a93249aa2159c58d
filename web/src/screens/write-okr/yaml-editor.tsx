import { load } from "js-yaml";
import { Field } from "../../components/field";

export type YamlRead =
  | { ok: true; objective: Record<string, unknown> }
  | { ok: false; message: string; line?: number; column?: number };

/** Reads one objective written as YAML; a syntax error says where it is. */
export function readObjectiveYaml(text: string): YamlRead {
  try {
    const value = load(text);
    if (!value || typeof value !== "object" || Array.isArray(value))
      return {
        ok: false,
        message: "write one objective as a mapping: title, owner, keyResults, …",
      };
    return { ok: true, objective: value as Record<string, unknown> };
  } catch (error) {
    const e = error as {
      reason?: string;
      message?: string;
      mark?: { line: number; column: number };
    };
    return {
      ok: false,
      message: e.reason ?? e.message ?? String(error),
      ...(e.mark ? { line: e.mark.line + 1, column: e.mark.column + 1 } : {}),
    };
  }
}

interface YamlEditorProps {
  text: string;
  onChange: (text: string) => void;
  read: YamlRead;
}

/** The power user's editor: the objective as it appears under `objectives:` in okapi.yaml. */
export function YamlEditor({ text, onChange, read }: YamlEditorProps) {
  const error = read.ok
    ? undefined
    : `${read.line ? `Line ${read.line}, column ${read.column}: ` : ""}${read.message}`;
  return (
    <Field
      label="Objective (YAML)"
      hint="One objective as in okapi.yaml: id, title, owner, team, cycle, keyResults, killCriteria"
      error={error}
    >
      <textarea
        className="yaml-editor"
        spellCheck={false}
        rows={22}
        value={text}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  );
}
