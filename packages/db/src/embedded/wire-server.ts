import net from "node:net";
import type { PGlite } from "@electric-sql/pglite";

const SSL_REQUEST = 80877103;
const CANCEL_REQUEST = 80877102;
// Messages after which the client waits for the server: the end of a protocol unit.
const UNIT_END = new Set(["S", "Q", "H"].map((letter) => letter.charCodeAt(0)));
const TERMINATE = "X".charCodeAt(0);
const SYNC = "S".charCodeAt(0);
const QUERY = "Q".charCodeAt(0);

/**
 * Serves one PGlite instance to many Postgres clients over the wire protocol.
 *
 * PGlite is a single session, so clients must take turns. Turns are whole protocol units
 * (everything up to a Sync or simple Query), never single messages: interleaving two clients'
 * Parse/Bind messages would bind one client's parameters to the other's statement. A client
 * that leaves a unit inside a transaction keeps its turn until the transaction ends, so
 * transactions from different clients never mix. A client that disconnects mid-transaction
 * has it rolled back.
 */
export class WireServer {
  private readonly server: net.Server;
  private readonly sockets = new Set<net.Socket>();
  private holder: Session | undefined;
  private readonly waiting: Array<{ session: Session; grant: () => void }> = [];

  constructor(private readonly db: PGlite) {
    this.server = net.createServer((socket) => this.accept(socket));
  }

  /** Listens on host:port (0 picks a free port) and resolves with the bound port. */
  listen(port: number, host: string): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(port, host, () => {
        this.server.off("error", reject);
        const address = this.server.address();
        resolve(typeof address === "object" && address ? address.port : port);
      });
    });
  }

  /** Stops accepting, disconnects every client (their open transactions roll back). */
  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
    await this.drain();
  }

  private accept(socket: net.Socket): void {
    socket.setNoDelay(true);
    this.sockets.add(socket);
    const session = new Session(socket, this);
    socket.on("data", (chunk) => session.receive(chunk));
    socket.on("error", () => socket.destroy());
    socket.on("close", () => {
      this.sockets.delete(socket);
      void session.closed();
    });
  }

  /** Waits for this session's turn (immediately if it already holds it). */
  acquire(session: Session): Promise<void> {
    if (this.holder === session) return Promise.resolve();
    if (!this.holder) {
      this.holder = session;
      return Promise.resolve();
    }
    return new Promise((grant) => this.waiting.push({ session, grant }));
  }

  /** Gives the turn to the next waiting session. */
  release(session: Session): void {
    if (this.holder !== session) return;
    const next = this.waiting.shift();
    this.holder = next?.session;
    next?.grant();
  }

  /** Forgets a session that went away, rolling back a transaction it left open. */
  async abandon(session: Session): Promise<void> {
    const queued = this.waiting.findIndex((entry) => entry.session === session);
    if (queued >= 0) this.waiting.splice(queued, 1);
    if (this.holder !== session) return;
    if (this.db.isInTransaction()) await this.db.exec("ROLLBACK").catch(() => undefined);
    this.release(session);
  }

  /** Runs one protocol unit and streams PGlite's answer back. */
  async run(unit: Uint8Array, write: (data: Uint8Array) => void): Promise<void> {
    await this.db.runExclusive(() => this.db.execProtocolRawStream(unit, { onRawData: write }));
  }

  inTransaction(): boolean {
    return this.db.isInTransaction();
  }

  private async drain(): Promise<void> {
    while (this.holder) await this.abandon(this.holder);
  }
}

type WireMessage =
  | { kind: "ssl" }
  | { kind: "cancel" }
  | { kind: "startup"; bytes: Buffer }
  | { kind: "message"; type: number; bytes: Buffer };

/** One client connection: splits its bytes into protocol units and runs them in order. */
class Session {
  private buffer = Buffer.alloc(0);
  private pending: Buffer[] = [];
  private started = false;
  private chain: Promise<void> = Promise.resolve();
  private gone = false;

  constructor(
    private readonly socket: net.Socket,
    private readonly server: WireServer,
  ) {}

  receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const message = this.nextMessage();
      if (!message) return;
      if (message.kind === "ssl") {
        this.socket.write("N");
      } else if (message.kind === "cancel") {
        this.socket.end();
      } else if (message.kind === "startup") {
        this.schedule([message.bytes], true);
      } else if (message.type === TERMINATE) {
        this.socket.end();
        return;
      } else {
        this.pending.push(message.bytes);
        if (UNIT_END.has(message.type)) {
          this.schedule(this.pending, message.type === SYNC || message.type === QUERY);
          this.pending = [];
        }
      }
    }
  }

  async closed(): Promise<void> {
    this.gone = true;
    await this.chain;
    await this.server.abandon(this);
  }

  private schedule(parts: Buffer[], canEndTurn: boolean): void {
    const unit = new Uint8Array(Buffer.concat(parts));
    this.chain = this.chain.then(async () => {
      if (this.gone) return;
      await this.server.acquire(this);
      if (this.gone) return this.server.abandon(this);
      try {
        await this.server.run(unit, (data) => {
          if (!this.socket.destroyed) this.socket.write(data);
        });
      } catch {
        this.socket.destroy();
        return this.server.abandon(this);
      }
      // Keep the turn while a transaction (or an unfinished unit) is open.
      if (canEndTurn && !this.server.inTransaction()) this.server.release(this);
    });
  }

  private nextMessage(): WireMessage | undefined {
    if (!this.started) {
      if (this.buffer.length < 8) return undefined;
      const length = this.buffer.readInt32BE(0);
      if (this.buffer.length < length) return undefined;
      const code = this.buffer.readInt32BE(4);
      const bytes = this.buffer.subarray(0, length);
      this.buffer = this.buffer.subarray(length);
      if (code === SSL_REQUEST) return { kind: "ssl" };
      if (code === CANCEL_REQUEST) return { kind: "cancel" };
      this.started = true;
      return { kind: "startup", bytes: Buffer.from(bytes) };
    }
    if (this.buffer.length < 5) return undefined;
    const total = 1 + this.buffer.readInt32BE(1);
    if (this.buffer.length < total) return undefined;
    const bytes = Buffer.from(this.buffer.subarray(0, total));
    this.buffer = this.buffer.subarray(total);
    return { kind: "message", type: bytes[0] ?? 0, bytes };
  }
}
