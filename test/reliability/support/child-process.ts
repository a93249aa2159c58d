import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const KEPT_CHARS = 64 * 1024;
const CLI = fileURLToPath(new URL("../../../bin/okapi.js", import.meta.url));

export interface Child {
  process: ChildProcess;
  /** Resolves with the exit code, or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output(): string;
}

/** Runs the built CLI as a separate process, the way a user or a service manager does. */
export function startCli(args: string[], env: Record<string, string>): Child {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { ...process.env, LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // The first lines (the listening URL) and the latest ones (a failure) are what anyone reads.
  let head = "";
  let tail = "";
  const keep = (chunk: Buffer) => {
    if (head.length < KEPT_CHARS) head += chunk.toString();
    else tail = (tail + chunk.toString()).slice(-KEPT_CHARS);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const text = () => (tail ? `${head}\n…\n${tail}` : head);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return { process: child, exited, output: text };
}

/** Starts `okapi serve` on a free port and resolves with its URL once it listens. */
export async function startServe(env: Record<string, string>): Promise<Child & { url: string }> {
  const child = startCli(["serve", "--port", "0", "--host", "127.0.0.1"], env);
  for (let i = 0; i < 600; i++) {
    const match = child.output().match(/"url":"(http:\/\/[^"]+)"/);
    if (match?.[1]) return { ...child, url: match[1] };
    if (child.process.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.process.kill("SIGKILL");
  throw new Error(`okapi serve did not start:\n${child.output()}`);
}

/** kill -9: no shutdown hooks, no flush, no rollback from the process itself. */
export async function killHard(child: Child) {
  child.process.kill("SIGKILL");
  return child.exited;
}
