import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./context.js";

/**
 * The one-time link printed on first start opens this form; it posts to
 * `POST /api/v1/setup`, which checks the token and creates the first admin.
 */
const SETUP_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Okapi — create the first admin</title></head>
<body style="font-family: system-ui; max-width: 28rem; margin: 4rem auto; line-height: 1.5">
<h1>Create the first admin</h1>
<form id="setup">
  <p><label>Name<br><input name="name" required autocomplete="name" style="width:100%"></label></p>
  <p><label>Email<br><input name="email" type="email" required autocomplete="email" style="width:100%"></label></p>
  <p><label>Password (12 characters or more)<br><input name="password" type="password" minlength="12" required autocomplete="new-password" style="width:100%"></label></p>
  <p><button type="submit">Create account</button></p>
  <p id="result" role="status"></p>
</form>
<script>
document.getElementById("setup").addEventListener("submit", async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  const body = { token: new URLSearchParams(location.search).get("token") ?? "",
    name: form.get("name"), email: form.get("email"), password: form.get("password") };
  const response = await fetch("/api/v1/setup", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const answer = await response.json().catch(() => ({}));
  document.getElementById("result").textContent = response.ok
    ? "Done: sign in with this email and password."
    : (answer.errors ?? []).map((e) => e.path + ": " + e.message).join("; ") || answer.detail || "Setup failed.";
});
</script>
</body></html>`;

export function registerSetupPage(app: OpenAPIHono<AppEnv>): void {
  app.get("/setup", (c) => c.html(SETUP_PAGE));
}
