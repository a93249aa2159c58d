import { describe, expect, it } from "vitest";
import { credentialEnvName, resolveCredentials } from "./resolve-credentials.js";

const specs = [
  { key: "email", env: "OKAPI_JIRA_EMAIL", required: false, description: "" },
  { key: "token", env: "OKAPI_JIRA_TOKEN", required: true, description: "" },
];

describe("resolveCredentials", () => {
  it("prefers credentials passed in over the environment", () => {
    const result = resolveCredentials(specs, {
      env: { OKAPI_JIRA_TOKEN: "from-env" },
      given: { token: "from-store" },
    });
    expect(result).toEqual({ ok: true, credentials: { token: "from-store" } });
  });

  it("falls back to the environment and leaves optional credentials out when unset", () => {
    expect(resolveCredentials(specs, { env: { OKAPI_JIRA_TOKEN: "t" } })).toEqual({
      ok: true,
      credentials: { token: "t" },
    });
  });

  it("treats an empty variable as missing", () => {
    expect(resolveCredentials(specs, { env: { OKAPI_JIRA_TOKEN: "" } })).toMatchObject({
      ok: false,
      kind: "auth",
      message: "missing credentials: set OKAPI_JIRA_TOKEN",
    });
  });
});

describe("credentialEnvName", () => {
  it("suffixes the variable with the upper-cased reference", () => {
    expect(credentialEnvName("OKAPI_SQL_URL", "data-warehouse")).toBe(
      "OKAPI_SQL_URL_DATA_WAREHOUSE",
    );
    expect(credentialEnvName("OKAPI_SQL_URL")).toBe("OKAPI_SQL_URL");
  });
});
