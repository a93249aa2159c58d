// Runs the built CLI in this process (started with --expose-gc) and answers the parent's
// "heap" message with the memory still reachable after a full collection. RSS alone cannot
// tell a leak from the heap growing toward its working size in a run of under a minute.
const CLI = new URL("../../../bin/okapi.js", import.meta.url);

process.on("message", (message) => {
  if (message !== "heap") return;
  globalThis.gc();
  const { heapUsed, external, arrayBuffers } = process.memoryUsage();
  process.send({ liveMb: (heapUsed + external + arrayBuffers) / 1024 / 1024 });
});

await import(CLI.href);
