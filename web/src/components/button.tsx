import type { ButtonHTMLAttributes } from "react";

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: "primary" | "secondary" | "danger";
}

/** The one button style; `type` defaults to "button" so forms submit only on purpose. */
export function Button({ variant = "secondary", type = "button", ...rest }: ButtonProps) {
  return <button className="button" data-variant={variant} type={type} {...rest} />;
}
