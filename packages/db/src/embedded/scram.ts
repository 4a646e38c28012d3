import { createHash, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from "node:crypto";

/** The one SASL mechanism the embedded database offers (RFC 5802 / 7677, as PostgreSQL does it). */
export const SCRAM_MECHANISM = "SCRAM-SHA-256";
const ITERATIONS = 4096;

interface ScramKeys {
  salt: Buffer;
  storedKey: Buffer;
  serverKey: Buffer;
}

function hmac(key: Buffer, text: string): Buffer {
  return createHmac("sha256", key).update(text).digest();
}

/** Derives the verifier once per server, as PostgreSQL stores it for a role (never the password itself). */
export function scramKeysFor(password: string): ScramKeys {
  const salt = randomBytes(16);
  const salted = pbkdf2Sync(password, salt, ITERATIONS, 32, "sha256");
  const clientKey = hmac(salted, "Client Key");
  return {
    salt,
    storedKey: createHash("sha256").update(clientKey).digest(),
    serverKey: hmac(salted, "Server Key"),
  };
}

function attributes(message: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const part of message.split(",")) {
    const equals = part.indexOf("=");
    if (equals === 1) found.set(part.slice(0, 1), part.slice(2));
  }
  return found;
}

/**
 * The server side of one SCRAM-SHA-256 exchange: `start` answers the client-first message,
 * `finish` checks the client's proof and returns the server signature, or undefined when the
 * password was wrong (or the exchange malformed).
 */
export class ScramExchange {
  private clientFirstBare = "";
  private serverFirst = "";
  private nonce = "";

  constructor(private readonly keys: ScramKeys) {}

  /** Answers `n,,n=user,r=clientNonce` with `r=nonce,s=salt,i=iterations`; undefined if malformed. */
  start(clientFirst: string): string | undefined {
    // Channel binding is not offered (no TLS on loopback): the GS2 header must be "n,," or "y,,".
    const match = /^[ny],[^,]*,(.*)$/.exec(clientFirst);
    if (!match?.[1]) return undefined;
    this.clientFirstBare = match[1];
    const clientNonce = attributes(this.clientFirstBare).get("r");
    if (!clientNonce) return undefined;
    this.nonce = clientNonce + randomBytes(18).toString("base64");
    this.serverFirst = `r=${this.nonce},s=${this.keys.salt.toString("base64")},i=${ITERATIONS}`;
    return this.serverFirst;
  }

  /** Verifies `c=…,r=…,p=proof`; returns `v=serverSignature` when the password matched. */
  finish(clientFinal: string): string | undefined {
    const proofAt = clientFinal.lastIndexOf(",p=");
    if (proofAt < 0 || !this.nonce) return undefined;
    const withoutProof = clientFinal.slice(0, proofAt);
    if (attributes(withoutProof).get("r") !== this.nonce) return undefined;
    const proof = Buffer.from(clientFinal.slice(proofAt + 3), "base64");
    const authMessage = `${this.clientFirstBare},${this.serverFirst},${withoutProof}`;
    const clientSignature = hmac(this.keys.storedKey, authMessage);
    if (proof.length !== clientSignature.length) return undefined;
    const clientKey = Buffer.alloc(proof.length);
    for (let index = 0; index < proof.length; index += 1) {
      clientKey[index] = (proof[index] ?? 0) ^ (clientSignature[index] ?? 0);
    }
    const candidate = createHash("sha256").update(clientKey).digest();
    if (!timingSafeEqual(candidate, this.keys.storedKey)) return undefined;
    return `v=${hmac(this.keys.serverKey, authMessage).toString("base64")}`;
  }
}
