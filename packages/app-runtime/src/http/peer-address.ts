import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";

let recording = false;

/** The socket's address as people write it (IPv4 without its "::ffff:" IPv6 wrapping). */
function socketAddress(socket: Socket): string | undefined {
  return socket.remoteAddress?.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
}

/**
 * Appends the real peer address (the TCP socket's) to X-Forwarded-For of every request this
 * process serves, before Next.js sees it, as a proxy would. Next.js only fills that header from
 * the socket when it is absent, so without this a client could name any address it likes. Node's
 * `http.server.request.start` diagnostics channel fires before the server's request handler runs.
 * Idempotent: call it from the app's `instrumentation.ts`.
 */
export function recordPeerAddresses(): void {
  if (recording) return;
  recording = true;
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    const peer = socketAddress(socket);
    if (!peer) return;
    const prior = request.headers["x-forwarded-for"];
    const chain = Array.isArray(prior) ? prior.join(", ") : prior;
    request.headers["x-forwarded-for"] = chain ? `${chain}, ${peer}` : peer;
  });
}
