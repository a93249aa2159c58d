import type { ReactNode } from "react";

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  numeric?: boolean;
}

interface TableProps<T> {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  /** Show the caption visually (it is always there for screen readers). */
  showCaption?: boolean;
}

/** A semantic data table with a caption and right-aligned numeric columns. */
export function Table<T>({ caption, columns, rows, rowKey, showCaption = false }: TableProps<T>) {
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className={showCaption ? "muted" : "visually-hidden"}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.header} scope="col" data-numeric={c.numeric ? "" : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) => (
                <td key={c.header} data-numeric={c.numeric ? "" : undefined}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
