// Every server a benchmark starts, so an interrupted run (Ctrl-C, or the quick-mode test
// timing out) stops them instead of leaving them holding ports and memory.
const running = new Set();

/** Remembers `child` until it exits. */
export function track(child) {
  running.add(child);
  child.once("exit", () => running.delete(child));
  return child;
}

/** Kills every tracked child that is still running. */
export function killAll() {
  for (const child of running) if (child.exitCode === null) child.kill("SIGKILL");
}
