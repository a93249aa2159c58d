import { escapeHtml } from "./escape-html.js";

const STYLE = `body{font:14px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.5rem}h2{font-size:1.2rem;border-bottom:1px solid #ccc;margin-top:2rem}h3{font-size:1rem;margin-bottom:.25rem}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
.red{color:#b00020}.amber{color:#a15c00}.green{color:#1b7a2e}blockquote{margin:.5rem 0;padding-left:.75rem;border-left:3px solid #999;color:#444}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}section{break-inside:avoid}}`;

/** One element; `text` is escaped, `html` children are trusted output of these helpers. */
export function el(tag: string, children: string | readonly string[], className?: string): string {
  const inner = typeof children === "string" ? children : children.join("");
  return `<${tag}${className ? ` class="${escapeHtml(className)}"` : ""}>${inner}</${tag}>`;
}

export const text = escapeHtml;

/** A table of escaped cells (cells given as already-built HTML). */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return el("table", [
    el(
      "thead",
      el(
        "tr",
        head.map((h) => el("th", text(h))),
      ),
    ),
    el(
      "tbody",
      rows.map((row) =>
        el(
          "tr",
          row.map((c) => el("td", c)),
        ),
      ),
    ),
  ]);
}

/** A complete printable page around the given body. */
export function page(title: string, body: readonly string[]): string {
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${text(title)}</title><style>${STYLE}</style></head><body>${body.join("\n")}</body></html>\n`;
}
