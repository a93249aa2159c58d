import { Card } from "../components/card";
import { Page } from "../components/page";
import { useAccount } from "../lib/auth";
import { Tokens } from "./settings/tokens";
import { Users } from "./settings/users";

/** Account, users and roles (admins), API tokens, and where the server's settings live. */
export default function Settings() {
  const account = useAccount();
  return (
    <Page title="Settings" lead={`Signed in as ${account.email} (${account.role}).`}>
      {account.role === "admin" ? <Users /> : null}
      <Tokens />
      <Card title="Server settings">
        <p>
          The server is configured by its environment: <code>PORT</code>, <code>DATABASE_URL</code>{" "}
          (PostgreSQL; the embedded store otherwise, in <code>OKAPI_DATA_DIR</code>),{" "}
          <code>OKAPI_AUTH=off</code> for a single local user. The colour theme follows your system;
          the button in the header switches it for this browser.
        </p>
      </Card>
    </Page>
  );
}
