import { type ReactNode, useEffect } from "react";

interface PageProps {
  title: string;
  /** One line under the title: what this screen is for. */
  lead?: ReactNode;
  /** Buttons or filters shown beside the title. */
  actions?: ReactNode;
  children: ReactNode;
}

/** A screen: sets the document title and gives every page the same heading and width. */
export function Page({ title, lead, actions, children }: PageProps) {
  useEffect(() => {
    document.title = `${title} · Okapi`;
  }, [title]);
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>{title}</h1>
          {lead ? <p className="muted">{lead}</p> : null}
        </div>
        {actions ? <div className="row no-print">{actions}</div> : null}
      </header>
      <div className="stack">{children}</div>
    </div>
  );
}
