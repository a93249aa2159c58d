import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, type Schemas, unwrap } from "../../api/client";
import { Problem } from "../../components/problem";

type Account = Schemas["Account"];

/** A role picker that saves on change; the API refuses to demote the last admin, in words. */
export function AccountRole({ account }: { account: Account }) {
  const client = useQueryClient();
  const change = useMutation({
    mutationFn: (role: Account["role"]) =>
      unwrap(
        api.PATCH("/api/v1/users/{id}", { params: { path: { id: account.id } }, body: { role } }),
      ),
    onSettled: () => client.invalidateQueries({ queryKey: ["users"] }),
  });
  return (
    <>
      <select
        aria-label={`Role of ${account.name}`}
        value={change.isPending ? change.variables : account.role}
        disabled={change.isPending}
        onChange={(e) => change.mutate(e.target.value as Account["role"])}
      >
        <option value="viewer">Viewer</option>
        <option value="editor">Editor</option>
        <option value="admin">Admin</option>
      </select>
      {change.isError ? <Problem error={change.error} /> : null}
    </>
  );
}
