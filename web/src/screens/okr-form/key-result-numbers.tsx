import { Field } from "../../components/field";

/** A key result's numbers as typed: baseline, target and unit stay text until saved. */
interface KeyResultNumbersValue {
  from: string;
  to: string;
  unit: string;
}

interface KeyResultNumbersProps {
  /** "Key result 2": each field is labelled "Key result 2: from" and so on. */
  label: string;
  value: KeyResultNumbersValue;
  onChange: (patch: Partial<KeyResultNumbersValue>) => void;
}

/** The from, to and unit fields of one key result (Write an OKR and the draft editor). */
export function KeyResultNumbers({ label, value, onChange }: KeyResultNumbersProps) {
  return (
    <>
      <Field label={`${label}: from`}>
        <input
          inputMode="decimal"
          value={value.from}
          onChange={(e) => onChange({ from: e.target.value })}
        />
      </Field>
      <Field label={`${label}: to`}>
        <input
          inputMode="decimal"
          value={value.to}
          onChange={(e) => onChange({ to: e.target.value })}
        />
      </Field>
      <Field label={`${label}: unit`}>
        <input value={value.unit} onChange={(e) => onChange({ unit: e.target.value })} />
      </Field>
    </>
  );
}
