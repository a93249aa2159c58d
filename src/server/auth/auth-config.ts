/** How the server authenticates: `off` is for one person on their own machine. */
export interface AuthConfig {
  mode: "on" | "off";
  /** Login attempts allowed per client address and email in one window. */
  loginLimit: number;
  loginWindowMs: number;
  sessionDays: number;
}

/** Auth settings from the environment (OKAPI_AUTH=off turns authentication off). */
export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  return {
    mode: env.OKAPI_AUTH === "off" ? "off" : "on",
    loginLimit: 10,
    loginWindowMs: 15 * 60 * 1000,
    sessionDays: 14,
  };
}
