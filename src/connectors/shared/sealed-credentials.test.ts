import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { openCredentials, sealCredentials } from "./sealed-credentials.js";
import { SecretKeyError } from "./secret-box.js";

const key = randomBytes(32);

describe("sealCredentials / openCredentials", () => {
  it("round-trips a connector's credentials and stores none of them in clear", () => {
    const credentials = { email: "ops@acme.test", token: "ATATT3xSecretJiraToken" };
    const sealed = sealCredentials("jira", credentials, key);
    expect(JSON.stringify(sealed)).not.toContain("ATATT3xSecretJiraToken");
    expect(openCredentials("jira", sealed, key)).toEqual(credentials);
  });

  it("refuses a value copied into another connector's or credential's slot", () => {
    const sealed = sealCredentials("github", { token: "ghp_x" }, key);
    expect(() => openCredentials("jira", sealed, key)).toThrow(SecretKeyError);
    expect(() => openCredentials("github", { apiKey: sealed.token as string }, key)).toThrow(
      SecretKeyError,
    );
  });
});
