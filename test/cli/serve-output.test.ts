import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const CLI = new URL("../../bin/okapi.js", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "okapi-serve-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts `okapi serve` (through `script` for a terminal), resolves with its output once it is up. */
function serveUntilUp(name: string, terminal: boolean): Promise<string> {
  const command = `${process.execPath} ${CLI} serve --port 0`;
  const env = {
    ...process.env,
    OKAPI_DATA_DIR: join(dir, name),
    DATABASE_URL: "",
    OKAPI_SCHEDULER: "off",
  };
  const child: ChildProcess = terminal
    ? spawn("script", ["-qfec", command, "/dev/null"], { env })
    : spawn(process.execPath, [CLI, "serve", "--port", "0"], { env });
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`no start within 60 s:\n${output}`));
    }, 60_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (!/setup\?token=\S+/.test(output) || !/No accounts yet/.test(output)) return;
      clearTimeout(timer);
      child.kill("SIGTERM");
      resolve(stripVTControlCharacters(output));
    });
  });
}

describe("okapi serve's first lines", () => {
  it("prints human lines and sets the URL and the one-time setup link apart on a terminal", async () => {
    const output = await serveUntilUp("terminal", true);
    expect(output).not.toMatch(/^\{"level"/m);
    expect(output).toMatch(
      /^\[\d\d:\d\d:\d\d\] INFO: Okapi is listening on http:\/\/127\.0\.0\.1:\d+/m,
    );
    expect(output).toMatch(/^ {2}Okapi is running$/m);
    expect(output).toMatch(/^ {4}Dashboard {3}http:\/\/127\.0\.0\.1:\d+$/m);
    expect(output).toMatch(/^ {4}First admin http:\/\/127\.0\.0\.1:\d+\/setup\?token=setup_\S+$/m);
  });

  it("prints JSON lines, and no banner, when its output is not a terminal", async () => {
    const output = await serveUntilUp("pipe", false);
    const lines = output.trim().split("\n");
    for (const line of lines) expect(() => JSON.parse(line), line).not.toThrow();
    expect(lines.map((l) => JSON.parse(l).msg)).toContainEqual(
      expect.stringMatching(/^Okapi is listening on/),
    );
    expect(output).not.toContain("Okapi is running");
  });
});
