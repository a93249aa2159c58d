/** "45", "52%", "3.5x", "$15.2M", "5 days": a number as a person writes it in a KR. */
export function formatQuantity(value: number, unit?: string): string {
  const number = String(Number(value.toFixed(2)));
  if (unit === undefined || unit === "") return number;
  if (unit.startsWith("$") || unit.startsWith("€") || unit.startsWith("£"))
    return `${unit.charAt(0)}${number}${unit.slice(1)}`;
  if (unit === "%" || unit === "x" || unit === "k" || unit === "M" || unit === "B")
    return `${number}${unit}`;
  return `${number} ${unit}`;
}

/** Capitalises the first letter of a sentence. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
