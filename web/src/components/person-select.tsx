import { useQuery } from "@tanstack/react-query";
import { peopleQuery } from "../api/queries";
import { SelectField } from "./select-field";

interface PersonSelectProps {
  label: string;
  value: string;
  onChange: (person: string) => void;
  /** The option for "no one in particular" (value ""). */
  none: string;
}

/** A labelled select of the workspace's people. */
export function PersonSelect({ label, value, onChange, none }: PersonSelectProps) {
  const people = useQuery(peopleQuery());
  const options = (people.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }));
  return (
    <SelectField label={label} value={value} onChange={onChange} options={options} none={none} />
  );
}
