import net from "node:net";
import type { PGlite } from "@electric-sql/pglite";
import { scramKeysFor } from "./scram";
import { Session, type SessionHost } from "./wire-session";

export interface WireServerOptions {
  /** Every client must prove this password (SCRAM-SHA-256) before it reaches the database. */
  password: string;
  /** A client idle inside a transaction longer than this is disconnected and rolled back. */
  idleInTransactionMs?: number;
  /** A client waiting longer than this for its turn gets an error instead of hanging. */
  turnWaitMs?: number;
}

/**
 * Serves one PGlite instance to many Postgres clients over the wire protocol.
 *
 * PGlite is a single session, so clients must take turns. Turns are whole protocol units
 * (everything up to a Sync or simple Query), never single messages: interleaving two clients'
 * Parse/Bind messages would bind one client's parameters to the other's statement. A client
 * that leaves a unit inside a transaction keeps its turn until the transaction ends, so
 * transactions from different clients never mix. Every wait is bounded: a client idle in a
 * transaction is disconnected (its transaction rolls back) and a client waiting for its turn
 * gets an error, so one stuck client can stall the others only for seconds.
 */
export class WireServer implements SessionHost {
  private readonly server: net.Server;
  private readonly sockets = new Set<net.Socket>();
  private holder: Session | undefined;
  private readonly waiting: {
    session: Session;
    grant: (granted: boolean) => void;
    timer: NodeJS.Timeout;
  }[] = [];
  private idleTimer: NodeJS.Timeout | undefined;
  readonly scram: SessionHost["scram"];
  readonly turnWaitMs: number;
  private readonly idleInTransactionMs: number;

  constructor(
    private readonly db: PGlite,
    options: WireServerOptions,
  ) {
    if (!options.password) throw new Error("the embedded database needs a password");
    this.scram = scramKeysFor(options.password);
    this.turnWaitMs = options.turnWaitMs ?? 15_000;
    this.idleInTransactionMs = options.idleInTransactionMs ?? 10_000;
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
    socket.on("data", (chunk: Buffer) => session.receive(chunk));
    socket.on("error", () => socket.destroy());
    socket.on("close", () => {
      this.sockets.delete(socket);
      void session.closed();
    });
  }

  /** Waits for this session's turn (immediately if it already holds it), at most `turnWaitMs`. */
  acquire(session: Session): Promise<boolean> {
    if (this.holder === session) {
      this.stopIdleTimer();
      return Promise.resolve(true);
    }
    if (!this.holder) {
      this.holder = session;
      return Promise.resolve(true);
    }
    return new Promise((grant) => {
      const timer = setTimeout(() => {
        this.forgetWaiting(session);
        grant(false);
      }, this.turnWaitMs);
      this.waiting.push({ session, grant, timer });
    });
  }

  /** Gives the turn to the next waiting session. */
  release(session: Session): void {
    if (this.holder !== session) return;
    this.stopIdleTimer();
    const next = this.waiting.shift();
    if (next) clearTimeout(next.timer);
    this.holder = next?.session;
    next?.grant(true);
  }

  /** The holder finished a unit but keeps its turn (open transaction): it may idle only so long. */
  heldIdle(session: Session): void {
    if (this.holder !== session || !session.idle) return;
    this.stopIdleTimer();
    this.idleTimer = setTimeout(() => {
      if (this.holder === session && session.idle) {
        session.fatal("25P03", "terminating connection due to idle-in-transaction timeout");
      }
    }, this.idleInTransactionMs);
  }

  /** Forgets a session that went away, rolling back a transaction it left open. */
  async abandon(session: Session): Promise<void> {
    this.forgetWaiting(session);
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

  private forgetWaiting(session: Session): void {
    const queued = this.waiting.findIndex((entry) => entry.session === session);
    if (queued < 0) return;
    const [entry] = this.waiting.splice(queued, 1);
    clearTimeout(entry?.timer);
    entry?.grant(false);
  }

  private stopIdleTimer(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
  }

  private async drain(): Promise<void> {
    while (this.holder) await this.abandon(this.holder);
  }
}
