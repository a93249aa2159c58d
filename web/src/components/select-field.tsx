import { Field } from "./field";

interface SelectFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  /** A first option with the value "" (e.g. "All teams"), when there is one. */
  none?: string;
}

/** A labelled select over a list of options (filters, pickers). */
export function SelectField({ label, value, onChange, options, none }: SelectFieldProps) {
  return (
    <Field label={label}>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {none === undefined ? null : <option value="">{none}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
