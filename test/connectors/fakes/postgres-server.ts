import type { AddressInfo } from "node:net";
import { createServer, type Socket } from "node:net";

/** A result the fake returns for one SQL text: column names and type OIDs, rows as text. */
export interface FakeResult {
  columns: { name: string; typeOid: number }[];
  rows: (string | null)[][];
}

type PostgresMode = "ok" | "too-many-once" | "too-many-always" | "hang";

export interface FakePostgres {
  url: (password: string) => string;
  mode: PostgresMode;
  connections: number;
  startups: Record<string, string>[];
  queries: string[];
  passwords: string[];
  close(): Promise<void>;
}

function message(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0, "latin1");
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}
const int32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};
const int16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeInt16BE(n);
  return b;
};
const cstring = (s: string) => Buffer.from(`${s}\0`, "utf8");
const ready = () => message("Z", Buffer.from("I"));
function errorResponse(code: string, text: string, severity = "FATAL"): Buffer {
  return message(
    "E",
    Buffer.concat([
      cstring(`S${severity}`),
      cstring(`V${severity}`),
      cstring(`C${code}`),
      cstring(`M${text}`),
      Buffer.from([0]),
    ]),
  );
}

function resultMessages(result: FakeResult): Buffer {
  const fields = result.columns.map((c) =>
    Buffer.concat([
      cstring(c.name),
      int32(0),
      int16(0),
      int32(c.typeOid),
      int16(-1),
      int32(-1),
      int16(0),
    ]),
  );
  const rows = result.rows.map((row) =>
    message(
      "D",
      Buffer.concat([
        int16(row.length),
        ...row.map((cell) =>
          cell === null
            ? int32(-1)
            : Buffer.concat([int32(Buffer.byteLength(cell)), Buffer.from(cell)]),
        ),
      ]),
    ),
  );
  return Buffer.concat([
    message("T", Buffer.concat([int16(fields.length), ...fields])),
    ...rows,
    message("C", cstring(`SELECT ${result.rows.length}`)),
    ready(),
  ]);
}

/**
 * A PostgreSQL server speaking the frontend/backend protocol v3 (PostgreSQL manual, chapter 55):
 * startup, cleartext password authentication, simple Query with RowDescription/DataRow/
 * CommandComplete/ReadyForQuery, and FATAL ErrorResponses with real SQLSTATEs (28P01, 53300).
 */
export async function startFakePostgres(
  user: string,
  password: string,
  results: Record<string, FakeResult>,
): Promise<FakePostgres> {
  const sockets = new Set<Socket>();
  const fake: FakePostgres = {
    url: () => "",
    mode: "ok",
    connections: 0,
    startups: [],
    queries: [],
    passwords: [],
    close: async () => {},
  };
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    fake.connections++;
    let buffer = Buffer.alloc(0);
    let started = false;
    socket.on("data", (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (!started) {
          if (buffer.length < 4 || buffer.length < buffer.readInt32BE(0)) return;
          const length = buffer.readInt32BE(0);
          const parts = buffer
            .subarray(8, length - 1)
            .toString("utf8")
            .split("\0");
          buffer = buffer.subarray(length);
          started = true;
          const params: Record<string, string> = {};
          for (let i = 0; i + 1 < parts.length; i += 2)
            params[parts[i] as string] = parts[i + 1] as string;
          fake.startups.push(params);
          if (fake.mode === "hang") return;
          if (fake.mode === "too-many-once" || fake.mode === "too-many-always") {
            if (fake.mode === "too-many-once") fake.mode = "ok";
            socket.end(errorResponse("53300", "sorry, too many clients already"));
            return;
          }
          socket.write(message("R", int32(3))); // AuthenticationCleartextPassword
          continue;
        }
        if (buffer.length < 5 || buffer.length < 1 + buffer.readInt32BE(1)) return;
        const type = String.fromCharCode(buffer[0] as number);
        const body = buffer.subarray(5, 1 + buffer.readInt32BE(1));
        buffer = buffer.subarray(1 + buffer.readInt32BE(1));
        const text = body.subarray(0, body.length - 1).toString("utf8");
        if (type === "p") {
          fake.passwords.push(text);
          if (text !== password || fake.startups.at(-1)?.user !== user) {
            socket.end(
              errorResponse(
                "28P01",
                `password authentication failed for user "${fake.startups.at(-1)?.user}"`,
              ),
            );
            return;
          }
          socket.write(
            Buffer.concat([
              message("R", int32(0)),
              message("K", Buffer.concat([int32(42), int32(7)])),
              ready(),
            ]),
          );
        } else if (type === "Q") {
          fake.queries.push(text);
          const result = results[text];
          socket.write(
            result
              ? resultMessages(result)
              : Buffer.concat([
                  errorResponse("42P01", "relation does not exist", "ERROR"),
                  ready(),
                ]),
          );
        } else if (type === "X") {
          socket.end();
          return;
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  fake.url = (pass) => `postgres://${user}:${encodeURIComponent(pass)}@127.0.0.1:${port}/metrics`;
  fake.close = () =>
    new Promise((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return fake;
}
