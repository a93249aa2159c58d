import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { api, type Schemas, unwrap } from "../../api/client";
import { Button } from "../../components/button";
import { Card } from "../../components/card";
import { Field } from "../../components/field";
import { Problem } from "../../components/problem";
import { QueryView } from "../../components/states";
import { Table } from "../../components/table";
import { AccountRole } from "./account-role";

type Role = Schemas["NewAccount"]["role"];

/** Accounts and their roles; admins add people with a role and the teams they belong to. */
export function Users() {
  const client = useQueryClient();
  const users = useQuery({
    queryKey: ["users"],
    queryFn: () => unwrap(api.GET("/api/v1/users")),
  });
  const [form, setForm] = useState({
    name: "",
    email: "",
    role: "viewer" as Role,
    password: "",
    teams: "",
  });
  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST("/api/v1/users", {
          body: {
            ...form,
            teams: form.teams
              .split(",")
              .map((t) => t.trim())
              .filter(Boolean),
          },
        }),
      ),
    onSuccess: () => {
      setForm({ name: "", email: "", role: "viewer", password: "", teams: "" });
      return client.invalidateQueries({ queryKey: ["users"] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <Card title="Users and roles">
      <p className="muted">
        Admins manage accounts and see everything; editors change goals of their teams; viewers
        read.
      </p>
      <QueryView query={users} empty="No accounts yet." isEmpty={(d) => d.items.length === 0}>
        {(d) => (
          <Table
            caption="Accounts"
            rowKey={(u) => u.id}
            rows={d.items}
            columns={[
              { header: "Name", cell: (u) => u.name },
              { header: "Email", cell: (u) => u.email },
              { header: "Role", cell: (u) => <AccountRole account={u} /> },
              { header: "Teams", cell: (u) => u.teams.join(", ") || "—" },
            ]}
          />
        )}
      </QueryView>
      <h3>Add a user</h3>
      <form className="stack" onSubmit={submit}>
        <div className="grid">
          <Field label="Name">
            <input
              required
              value={form.name}
              onChange={(e) => setForm({ ...form, name: e.target.value })}
            />
          </Field>
          <Field label="Email">
            <input
              type="email"
              required
              value={form.email}
              onChange={(e) => setForm({ ...form, email: e.target.value })}
            />
          </Field>
          <Field label="Role">
            <select
              value={form.role}
              onChange={(e) => setForm({ ...form, role: e.target.value as Role })}
            >
              <option value="viewer">Viewer</option>
              <option value="editor">Editor</option>
              <option value="admin">Admin</option>
            </select>
          </Field>
          <Field label="Teams" hint="Team ids, comma-separated">
            <input
              value={form.teams}
              onChange={(e) => setForm({ ...form, teams: e.target.value })}
            />
          </Field>
          <Field label="Initial password" hint="12 characters or more">
            <input
              type="password"
              autoComplete="new-password"
              required
              value={form.password}
              onChange={(e) => setForm({ ...form, password: e.target.value })}
            />
          </Field>
        </div>
        {create.isError ? <Problem error={create.error} /> : null}
        <div>
          <Button type="submit" variant="primary" disabled={create.isPending}>
            Add user
          </Button>
        </div>
      </form>
    </Card>
  );
}
