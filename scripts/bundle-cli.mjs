// Bundles the compiled CLI (dist/cli/main.js) into dist/bundle/: a few large files load
// much faster than hundreds of small modules, which is most of a short command's time.
// Commands stay lazy: each dynamic import becomes its own chunk.
import { rmSync } from "node:fs";
import { build } from "esbuild";

// Packages that find files next to their own code at run time (WebAssembly, worker
// scripts) or load optional native modules stay outside the bundle.
const EXTERNAL = [
  "@electric-sql/pglite",
  "pg",
  "pg-copy-streams",
  "pino",
  "pino-pretty",
  "thread-stream",
];

rmSync("dist/bundle", { recursive: true, force: true });
await build({
  entryPoints: { main: "dist/cli/main.js" },
  outdir: "dist/bundle",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: EXTERNAL,
  chunkNames: "chunks/[name]-[hash]",
  // CommonJS dependencies call require(); an ES module has none unless given one.
  banner: {
    js: 'import { createRequire as __okapiCreateRequire } from "node:module"; const require = __okapiCreateRequire(import.meta.url);',
  },
  logLevel: "warning",
});
