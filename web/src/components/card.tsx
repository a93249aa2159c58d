import type { ReactNode } from "react";

interface CardProps {
  title?: ReactNode;
  /** Heading level of the title, so the outline stays correct (h2 on a page, h3 inside a section). */
  level?: 2 | 3;
  children: ReactNode;
  className?: string;
  "data-testid"?: string;
}

/** A bordered surface grouping one thing: a KPI tile, an objective, a form. */
export function Card({ title, level = 2, children, className, ...rest }: CardProps) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section className={className ? `card ${className}` : "card"} {...rest}>
      {title ? <Heading>{title}</Heading> : null}
      {children}
    </section>
  );
}
