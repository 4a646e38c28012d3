// The few server messages the wire server writes itself (everything else comes from PGlite).

function message(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0, "latin1");
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

function authentication(code: number, data: Buffer = Buffer.alloc(0)): Buffer {
  const head = Buffer.alloc(4);
  head.writeInt32BE(code, 0);
  return message("R", Buffer.concat([head, data]));
}

/** AuthenticationSASL: the mechanisms the client may choose from. */
export function saslMechanisms(mechanism: string): Buffer {
  return authentication(10, Buffer.from(`${mechanism}\0\0`, "utf8"));
}

/** AuthenticationSASLContinue carrying the server-first message. */
export function saslContinue(data: string): Buffer {
  return authentication(11, Buffer.from(data, "utf8"));
}

/** AuthenticationSASLFinal carrying the server signature. */
export function saslFinal(data: string): Buffer {
  return authentication(12, Buffer.from(data, "utf8"));
}

/** ErrorResponse with PostgreSQL's severity, SQLSTATE and message fields. */
export function errorResponse(severity: "ERROR" | "FATAL", code: string, text: string): Buffer {
  const field = (letter: string, value: string) => `${letter}${value}\0`;
  const body =
    field("S", severity) + field("V", severity) + field("C", code) + field("M", text) + "\0";
  return message("E", Buffer.from(body, "utf8"));
}

/** ReadyForQuery, idle (the client is never inside a transaction when we answer for PGlite). */
export function readyForQuery(): Buffer {
  return message("Z", Buffer.from("I", "latin1"));
}

/** The parameters of a StartupMessage (user, database, options …). */
export function startupParameters(bytes: Buffer): Map<string, string> {
  const parts = bytes.subarray(8).toString("utf8").split("\0");
  const found = new Map<string, string>();
  for (let index = 0; index + 1 < parts.length; index += 2) {
    const key = parts[index];
    if (key) found.set(key, parts[index + 1] ?? "");
  }
  return found;
}

/** The SASL payload of a client 'p' message: SASLInitialResponse has a mechanism first. */
export function saslPayload(bytes: Buffer, initial: boolean): { mechanism?: string; data: string } {
  const body = bytes.subarray(5);
  if (!initial) return { data: body.toString("utf8") };
  const end = body.indexOf(0);
  if (end < 0 || body.length < end + 5) return { data: "" };
  const mechanism = body.subarray(0, end).toString("utf8");
  const length = body.readInt32BE(end + 1);
  const data = length < 0 ? "" : body.subarray(end + 5, end + 5 + length).toString("utf8");
  return { mechanism, data };
}
