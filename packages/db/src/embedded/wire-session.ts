import type net from "node:net";
import { ScramExchange, SCRAM_MECHANISM } from "./scram";
import {
  errorResponse,
  readyForQuery,
  saslContinue,
  saslFinal,
  saslMechanisms,
  saslPayload,
  startupParameters,
} from "./wire-messages";

const SSL_REQUEST = 80877103;
const CANCEL_REQUEST = 80877102;
// Messages after which the client waits for the server: the end of a protocol unit.
const UNIT_END = new Set(["S", "Q", "H"].map((letter) => letter.charCodeAt(0)));
const TERMINATE = "X".charCodeAt(0);
const SYNC = "S".charCodeAt(0);
const QUERY = "Q".charCodeAt(0);
const PASSWORD = "p".charCodeAt(0);
// A client that has not proved its password by then is disconnected.
const AUTH_DEADLINE_MS = 10_000;

/** What a session needs from the server it belongs to. */
export interface SessionHost {
  readonly scram: ConstructorParameters<typeof ScramExchange>[0];
  /** Resolves true once it is this session's turn, false when the bounded wait ran out. */
  acquire(session: Session): Promise<boolean>;
  release(session: Session): void;
  abandon(session: Session): Promise<void>;
  run(unit: Uint8Array, write: (data: Uint8Array) => void): Promise<void>;
  inTransaction(): boolean;
  /** Called after each unit this session ran while it still holds the turn (idle in a transaction). */
  heldIdle(session: Session): void;
  readonly turnWaitMs: number;
}

type WireMessage =
  | { kind: "ssl" }
  | { kind: "cancel" }
  | { kind: "startup"; bytes: Buffer }
  | { kind: "message"; type: number; bytes: Buffer };

type AuthState =
  | { step: "startup" }
  | { step: "initial" | "final"; startup: Buffer; exchange: ScramExchange; user: string }
  | { step: "done" };

/** One client connection: authenticates it, splits its bytes into protocol units and runs them in order. */
export class Session {
  private buffer = Buffer.alloc(0);
  private pending: Buffer[] = [];
  private auth: AuthState = { step: "startup" };
  private chain: Promise<void> = Promise.resolve();
  private queued = 0;
  private gone = false;
  private readonly authTimer: NodeJS.Timeout;

  constructor(
    private readonly socket: net.Socket,
    private readonly host: SessionHost,
  ) {
    this.authTimer = setTimeout(
      () => this.fatal("28000", "authentication took too long"),
      AUTH_DEADLINE_MS,
    );
    this.authTimer.unref();
  }

  /** Nothing scheduled and nothing running: the client is idle. */
  get idle(): boolean {
    return this.queued === 0;
  }

  receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const message = this.nextMessage();
      if (!message || this.socket.destroyed || this.socket.writableEnded) return;
      if (message.kind === "ssl") {
        this.socket.write("N");
      } else if (message.kind === "cancel") {
        this.socket.end();
      } else if (message.kind === "startup") {
        this.askForPassword(message.bytes);
      } else if (message.type === TERMINATE) {
        this.socket.end();
        return;
      } else if (this.auth.step !== "done") {
        this.authenticate(message);
      } else {
        this.pending.push(message.bytes);
        if (UNIT_END.has(message.type)) {
          this.schedule(
            this.pending,
            message.type === SYNC || message.type === QUERY ? "sync" : "flush",
          );
          this.pending = [];
        }
      }
    }
  }

  async closed(): Promise<void> {
    this.gone = true;
    clearTimeout(this.authTimer);
    await this.chain;
    await this.host.abandon(this);
  }

  /** Ends the connection with a FATAL error the client can show (its open transaction rolls back). */
  fatal(code: string, text: string): void {
    if (this.socket.destroyed || this.socket.writableEnded) return;
    this.socket.end(errorResponse("FATAL", code, text));
    this.socket.destroySoon();
  }

  private askForPassword(startup: Buffer): void {
    const user = startupParameters(startup).get("user") ?? "";
    this.auth = { step: "initial", startup, exchange: new ScramExchange(this.host.scram), user };
    this.socket.write(saslMechanisms(SCRAM_MECHANISM));
  }

  private authenticate(message: { type: number; bytes: Buffer }): void {
    const state = this.auth;
    const refuse = () =>
      this.fatal(
        "28P01",
        `password authentication failed for user "${"user" in state ? state.user : ""}"`,
      );
    if (message.type !== PASSWORD || state.step === "startup" || state.step === "done") {
      refuse();
      return;
    }
    const payload = saslPayload(message.bytes, state.step === "initial");
    if (state.step === "initial") {
      if (payload.mechanism !== SCRAM_MECHANISM) {
        this.fatal("28000", `only ${SCRAM_MECHANISM} is supported`);
        return;
      }
      const serverFirst = state.exchange.start(payload.data);
      if (!serverFirst) {
        refuse();
        return;
      }
      this.auth = { ...state, step: "final" };
      this.socket.write(saslContinue(serverFirst));
      return;
    }
    const signature = state.exchange.finish(payload.data);
    if (!signature) {
      refuse();
      return;
    }
    clearTimeout(this.authTimer);
    this.auth = { step: "done" };
    this.socket.write(saslFinal(signature));
    // PGlite answers the startup itself: AuthenticationOk, parameters, ReadyForQuery.
    this.schedule([state.startup], "startup");
  }

  private schedule(parts: Buffer[], ending: "sync" | "flush" | "startup"): void {
    const unit = new Uint8Array(Buffer.concat(parts));
    this.queued += 1;
    this.chain = this.chain.then(async () => {
      try {
        await this.runUnit(unit, ending);
      } finally {
        this.queued -= 1;
      }
      if (!this.gone && this.idle) this.host.heldIdle(this);
    });
  }

  /** Read through a method: the flag can change across an await, which narrowing cannot see. */
  private hasEnded(): boolean {
    return this.gone;
  }

  private async runUnit(unit: Uint8Array, ending: "sync" | "flush" | "startup"): Promise<void> {
    if (this.gone) return;
    if (!(await this.host.acquire(this))) {
      this.refuseBusy(ending);
      return;
    }
    // The connection may have ended while this unit waited for the database.
    if (this.hasEnded()) return this.host.abandon(this);
    try {
      await this.host.run(unit, (data) => {
        if (!this.socket.destroyed) this.socket.write(data);
      });
    } catch {
      this.socket.destroy();
      return this.host.abandon(this);
    }
    // Keep the turn while a transaction (or an unfinished unit) is open.
    if (ending !== "flush" && !this.host.inTransaction()) this.host.release(this);
  }

  /** The wait for a turn ran out: say so, so the client fails fast instead of hanging. */
  private refuseBusy(ending: "sync" | "flush" | "startup"): void {
    const text = `the embedded database is busy: another client held it for more than ${Math.round(this.host.turnWaitMs / 1000)} s`;
    if (ending === "sync") {
      // A waiting client is never inside a transaction (a transaction keeps its turn), so it is idle.
      this.socket.write(Buffer.concat([errorResponse("ERROR", "57014", text), readyForQuery()]));
    } else {
      this.fatal("57014", text);
    }
  }

  private nextMessage(): WireMessage | undefined {
    if (this.auth.step === "startup") {
      if (this.buffer.length < 8) return undefined;
      const length = this.buffer.readInt32BE(0);
      if (this.buffer.length < length) return undefined;
      const code = this.buffer.readInt32BE(4);
      const bytes = this.buffer.subarray(0, length);
      this.buffer = this.buffer.subarray(length);
      if (code === SSL_REQUEST) return { kind: "ssl" };
      if (code === CANCEL_REQUEST) return { kind: "cancel" };
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
