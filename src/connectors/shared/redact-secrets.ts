const REDACTED = "[redacted]";

/** The forms a secret can take on the wire: as is, URL-encoded, and inside HTTP Basic auth. */
function secretForms(secret: string, all: readonly string[]): string[] {
  const forms = [secret, encodeURIComponent(secret), Buffer.from(secret).toString("base64")];
  for (const other of all)
    if (other !== secret) forms.push(Buffer.from(`${other}:${secret}`).toString("base64"));
  return forms;
}

/**
 * Replaces every occurrence of any secret in `text` with "[redacted]". Secrets shorter than
 * 4 characters are skipped: redacting "a" would shred the message without protecting anything.
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  const usable = secrets.filter((secret) => secret.length >= 4);
  const forms = usable
    .flatMap((secret) => secretForms(secret, usable))
    .sort((a, b) => b.length - a.length);
  let result = text;
  for (const form of forms) result = result.replaceAll(form, REDACTED);
  return result;
}

/** Redacts secrets in every string of a JSON-like value. */
export function redactDeep<T>(value: T, secrets: readonly string[]): T {
  if (typeof value === "string") return redactSecrets(value, secrets) as T;
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, secrets)) as T;
  if (value !== null && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, redactDeep(item, secrets)]),
    ) as T;
  return value;
}
