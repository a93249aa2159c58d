/** Something a select can offer: people, teams, cycles, objectives. */
interface Choice {
  id: string;
  name?: string | undefined;
  title?: string | undefined;
}

/**
 * The options of a select over API items: first the blank choice in words, then each item by
 * its name (or title, or id).
 * @example <select …><ChoiceOptions blank="Anyone" items={people.data?.items} /></select>
 */
export function ChoiceOptions({ blank, items }: { blank: string; items: Choice[] | undefined }) {
  return (
    <>
      <option value="">{blank}</option>
      {(items ?? []).map((item) => (
        <option key={item.id} value={item.id}>
          {item.name ?? item.title ?? item.id}
        </option>
      ))}
    </>
  );
}
