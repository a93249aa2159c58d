import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { api, unwrap } from "../../api/client";
import { Button } from "../../components/button";
import { Card } from "../../components/card";
import { Field } from "../../components/field";
import { Problem } from "../../components/problem";
import { QueryView } from "../../components/states";
import { Table } from "../../components/table";
import { formatDate } from "../../lib/format";

/** API tokens for scripts and connectors: the secret is shown once, right after creation. */
export function Tokens() {
  const client = useQueryClient();
  const tokens = useQuery({
    queryKey: ["tokens"],
    queryFn: () => unwrap(api.GET("/api/v1/tokens")),
  });
  const [name, setName] = useState("");
  const [scope, setScope] = useState<"read" | "write">("read");
  const refresh = () => client.invalidateQueries({ queryKey: ["tokens"] });
  const create = useMutation({
    mutationFn: () => unwrap(api.POST("/api/v1/tokens", { body: { name, scope } })),
    onSuccess: () => {
      setName("");
      return refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE("/api/v1/tokens/{id}", { params: { path: { id } } })),
    onSuccess: refresh,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <Card title="API tokens">
      {create.data ? (
        <div
          className="problem"
          style={{ borderColor: "var(--status-green)", background: "var(--status-green-bg)" }}
          role="status"
        >
          <strong>Copy this token now: it is shown only once.</strong>
          <p>
            <code data-testid="new-token">{create.data.token}</code>
          </p>
          <p className="muted">
            Send it as <code>Authorization: Bearer …</code>.
          </p>
        </div>
      ) : null}
      <QueryView query={tokens} empty="No tokens yet." isEmpty={(d) => d.items.length === 0}>
        {(d) => (
          <Table
            caption="Your API tokens"
            rowKey={(t) => t.id}
            rows={d.items}
            columns={[
              { header: "Name", cell: (t) => t.name },
              { header: "Scope", cell: (t) => t.scope },
              { header: "Created", cell: (t) => formatDate(t.createdAt) },
              { header: "Last used", cell: (t) => formatDate(t.lastUsedAt) },
              {
                header: "State",
                cell: (t) =>
                  t.revoked ? (
                    "revoked"
                  ) : (
                    <Button
                      variant="danger"
                      onClick={() => revoke.mutate(t.id)}
                      aria-label={`Revoke ${t.name}`}
                    >
                      Revoke
                    </Button>
                  ),
              },
            ]}
          />
        )}
      </QueryView>
      {revoke.isError ? <Problem error={revoke.error} /> : null}
      <h3>Create a token</h3>
      <form className="row" onSubmit={submit}>
        <Field label="Token name">
          <input required value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label="Scope">
          <select value={scope} onChange={(e) => setScope(e.target.value as "read" | "write")}>
            <option value="read">Read only</option>
            <option value="write">Read and write</option>
          </select>
        </Field>
        <Button type="submit" variant="primary" disabled={create.isPending}>
          Create token
        </Button>
      </form>
      {create.isError ? <Problem error={create.error} /> : null}
    </Card>
  );
}
