import "server-only";
import { to as copyTo } from "pg-copy-streams";

/** What the COPY export needs of a pooled node-postgres client. */
export interface CopyClient {
  query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  query<T>(submittable: T): T;
  escapeLiteral(text: string): string;
  release(error?: Error | boolean): void;
}

/**
 * The statement with its parameters written in as literals (COPY takes no bind parameters).
 * Parameters are the export's own: validated ids, dates and arrays of them; strings are quoted
 * by node-postgres's escapeLiteral, so no value can end the literal.
 */
export function inlineParameters(
  text: string,
  params: readonly unknown[],
  escapeLiteral: (value: string) => string,
): string {
  return text.replace(/\$(\d+)(?!\d)/g, (_, n: string) => {
    const value = params[Number(n) - 1];
    if (value === null || value === undefined) return "null";
    if (typeof value === "number" && Number.isFinite(value)) return String(value);
    if (typeof value === "string") return escapeLiteral(value);
    throw new Error(`export parameter $${n} is not a string or number`);
  });
}

/** Bytes gathered before one enqueue: PostgreSQL sends one message per row. */
const CHUNK_BYTES = 256 * 1024;

/**
 * The rows of `statement` as PostgreSQL writes them itself (`COPY … TO STDOUT` in CSV), as a
 * pull stream: each read of the body reads on from the connection, so a slow download slows
 * the server down instead of filling its memory (node-postgres pauses the socket).
 * `header` leaves before the statement is even sent. The client is released at the end.
 */
export function copyCsvStream(
  client: CopyClient,
  statement: string,
  header: Uint8Array,
  onChunk?: (bytes: number) => void,
): ReadableStream<Uint8Array> {
  let rows: AsyncIterator<Buffer> | null = null;
  let copy: NodeJS.ReadableStream | null = null;
  let released = false;
  const release = (error?: Error) => {
    if (released) return;
    released = true;
    // A COPY stopped halfway leaves the connection mid-protocol: destroy it, do not reuse it.
    client.release(error ?? false);
  };
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(header);
      },
      async pull(controller) {
        try {
          if (!rows) {
            const stream = client.query(copyTo(`copy (${statement}) to stdout with (format csv)`));
            copy = stream;
            rows = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
          }
          const parts: Buffer[] = [];
          let size = 0;
          while (size < CHUNK_BYTES) {
            const next = await rows.next();
            if (next.done) break;
            parts.push(next.value);
            size += next.value.length;
          }
          if (size > 0) {
            onChunk?.(size);
            controller.enqueue(Buffer.concat(parts, size));
          }
          if (size < CHUNK_BYTES) {
            release();
            controller.close();
          }
        } catch (error) {
          const failure = error instanceof Error ? error : new Error(String(error));
          release(failure);
          controller.error(failure);
        }
      },
      cancel() {
        (copy as { destroy?: () => void } | null)?.destroy?.();
        release(new Error("download cancelled"));
      },
    },
    { highWaterMark: 1 },
  );
}
