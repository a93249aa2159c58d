// `okapi serve` as a user starts it, in its own process on a free loopback port, for the
// benchmarks that measure start-up or talk to a real server (auth off: single-user mode).
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { track } from "./children.mjs";
import { CLI } from "./cli.mjs";

const READY_TIMEOUT_MS = 120_000;

function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Starts `okapi serve ARGS…` with `env` on top of this process's; resolves once /readyz is 200. */
export async function startOkapiServe({ env = {}, args = [] } = {}) {
  const port = await freePort();
  const started = performance.now();
  const child = track(
    spawn(process.execPath, [CLI, "serve", "--port", String(port), ...args], {
      env: { ...process.env, OKAPI_AUTH: "off", LOG_LEVEL: "error", ...env },
      stdio: "ignore",
    }),
  );
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
  };
  const url = `http://127.0.0.1:${port}`;
  while (performance.now() - started < READY_TIMEOUT_MS) {
    if (child.exitCode !== null) throw new Error(`okapi serve exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok)
        return { url, readyMs: performance.now() - started, stop };
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await stop();
  throw new Error(`okapi serve did not answer /readyz within ${READY_TIMEOUT_MS / 1000} s`);
}
