import type { HttpAnswer } from "./request";
import type { Visitor } from "./visitor";

export interface TrpcAnswer<T> {
  http: HttpAnswer;
  /** The procedure's result (superjson's plain `json` part), when it succeeded. */
  data: T | undefined;
  /**
   * tRPC's error code (e.g. "UNAUTHORIZED") and message, when it failed, with the error's whole
   * `data` (e.g. an authoring CONFLICT's `data.conflict`, as superjson's plain JSON).
   */
  error: { code: string; message: string; data: Record<string, unknown> } | undefined;
}

interface TrpcEnvelope {
  result?: { data?: { json?: unknown } };
  error?: { json?: { message?: string; data?: { code?: string } & Record<string, unknown> } };
}

function parse<T>(http: HttpAnswer): TrpcAnswer<T> {
  let envelope: TrpcEnvelope = {};
  try {
    envelope = JSON.parse(http.body) as TrpcEnvelope;
  } catch {
    // Not tRPC's answer (e.g. the load balancer's 502 page): reported through the status.
  }
  const failed = envelope.error?.json;
  return {
    http,
    data: envelope.result?.data?.json as T | undefined,
    error:
      http.status === 200
        ? undefined
        : {
            code: failed?.data?.code ?? `HTTP_${http.status}`,
            message: failed?.message ?? http.body.slice(0, 200),
            data: failed?.data ?? {},
          },
  };
}

/** A tRPC query over HTTP GET, as the apps' clients send it. */
export async function trpcQuery<T>(
  visitor: Visitor,
  procedure: string,
  input: unknown,
): Promise<TrpcAnswer<T>> {
  const query = encodeURIComponent(JSON.stringify({ json: input }));
  return parse<T>(await visitor.get(`/api/trpc/${procedure}?input=${query}`));
}

/** A tRPC mutation over HTTP POST (same origin, the visitor's cookies). */
export async function trpcMutation<T>(
  visitor: Visitor,
  procedure: string,
  input: unknown,
): Promise<TrpcAnswer<T>> {
  return parse<T>(
    await visitor.post(
      `/api/trpc/${procedure}`,
      JSON.stringify({ json: input }),
      "application/json",
    ),
  );
}
