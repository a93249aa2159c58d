import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { api, unwrap } from "../api/client";
import { Button } from "../components/button";
import { Card } from "../components/card";
import { Field } from "../components/field";
import { Problem } from "../components/problem";
import { ME_KEY } from "../lib/auth";

/** Email and password sign-in; on success the session cookie is set and the shell loads. */
export function SignIn() {
  const client = useQueryClient();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const login = useMutation({
    mutationFn: () => unwrap(api.POST("/api/v1/auth/login", { body: { email, password } })),
    onSuccess: (account) => {
      // Answers fetched before signing in were 401s: drop them so the screens fetch afresh.
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_KEY[0] });
      client.setQueryData(ME_KEY, account);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate();
  };
  return (
    <main className="page" style={{ maxWidth: "26rem" }}>
      <h1>Sign in to Okapi</h1>
      <Card>
        <form className="stack" onSubmit={submit}>
          <Field label="Email">
            <input
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </Field>
          <Field label="Password">
            <input
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </Field>
          {login.isError ? <Problem error={login.error} /> : null}
          <Button type="submit" variant="primary" disabled={login.isPending}>
            {login.isPending ? "Signing in…" : "Sign in"}
          </Button>
        </form>
      </Card>
      <p className="muted">
        First start? The server printed a one-time setup link that creates the first admin; open it
        in this browser. Administrators can also set OKAPI_ADMIN_EMAIL and OKAPI_ADMIN_PASSWORD.
      </p>
    </main>
  );
}
