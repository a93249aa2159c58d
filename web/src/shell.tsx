import { Suspense, useState } from "react";
import { Link, Route, Switch, useRoute } from "wouter";
import { Button } from "./components/button";
import { Loading } from "./components/states";
import { useAccount, useSignOut } from "./lib/auth";
import { applyTheme, readTheme, type Theme } from "./lib/theme";
import { ROUTES } from "./routes";

function NavLink({ href, children }: { href: string; children: string }) {
  const [active] = useRoute(href === "/" ? "/" : `${href}/*?`);
  return (
    <Link href={href} aria-current={active ? "page" : undefined}>
      {children}
    </Link>
  );
}

const NEXT_THEME: Record<Theme, Theme> = { system: "dark", dark: "light", light: "system" };

function ThemeToggle() {
  const [theme, setTheme] = useState<Theme>(readTheme);
  const next = NEXT_THEME[theme];
  return (
    <Button
      title={`Switch the colour theme to ${next}`}
      onClick={() => {
        applyTheme(next);
        setTheme(next);
      }}
    >
      Theme: {theme === "system" ? "auto" : theme}
    </Button>
  );
}

function NotFound() {
  return (
    <div className="page">
      <h1>Page not found</h1>
      <p>
        There is no screen at this address. <Link href="/">Go to the home screen</Link>.
      </p>
    </div>
  );
}

/** The signed-in layout: skip link, top navigation, and the current screen. */
export function Shell() {
  const account = useAccount();
  const signOut = useSignOut();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="shell-header no-print">
        <Link href="/" className="shell-brand">
          Okapi
        </Link>
        <nav className="shell-nav" aria-label="Main">
          {ROUTES.filter((r) => r.nav).map((r) => (
            <NavLink key={r.path} href={r.path}>
              {r.nav ?? ""}
            </NavLink>
          ))}
        </nav>
        <span className="muted">
          {account.name} ({account.role})
        </span>
        <ThemeToggle />
        <Button onClick={() => void signOut()}>Sign out</Button>
      </header>
      <main id="main">
        <Suspense fallback={<Loading />}>
          <Switch>
            {ROUTES.map((r) => (
              <Route key={r.path} path={r.path} component={r.screen} />
            ))}
            <Route component={NotFound} />
          </Switch>
        </Suspense>
      </main>
    </>
  );
}
