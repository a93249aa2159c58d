import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const KEPT_CHARS = 64 * 1024;
const CLI = fileURLToPath(new URL("../../../bin/okapi.js", import.meta.url));
const CLI_WITH_HEAP_PROBE = fileURLToPath(new URL("./serve-with-heap-probe.mjs", import.meta.url));

export interface Child {
  process: ChildProcess;
  /** Resolves with the exit code, or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output(): string;
}

/** Runs the built CLI as a separate process, the way a user or a service manager does. */
export function startCli(
  args: string[],
  env: Record<string, string>,
  options: { heapProbe?: boolean } = {},
): Child {
  const argv = options.heapProbe ? ["--expose-gc", CLI_WITH_HEAP_PROBE] : [CLI];
  const child = spawn(process.execPath, [...argv, ...args], {
    env: { ...process.env, LOG_LEVEL: "info", ...env },
    stdio: options.heapProbe ? ["ignore", "pipe", "pipe", "ipc"] : ["ignore", "pipe", "pipe"],
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
export async function startServe(
  env: Record<string, string>,
  options: { heapProbe?: boolean } = {},
): Promise<Child & { url: string }> {
  const child = startCli(["serve", "--port", "0", "--host", "127.0.0.1"], env, options);
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

/** Memory still reachable after a full collection in a child started with `heapProbe`. */
export function liveHeapMb(child: Child): Promise<number> {
  return new Promise((resolve, reject) => {
    const answer = (message: unknown) => {
      clearTimeout(timer);
      resolve((message as { liveMb: number }).liveMb);
    };
    const timer = setTimeout(() => {
      child.process.off("message", answer);
      reject(new Error("the heap probe did not answer within 10 s"));
    }, 10_000);
    child.process.once("message", answer);
    child.process.send("heap");
  });
}
