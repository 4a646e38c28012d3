import http from "node:http";

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** The app instance that answered, from the load balancer's `X-Served-By` header. */
  servedBy: string | undefined;
}

export interface HttpRequest {
  method: "GET" | "POST";
  url: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Loopback address to send from (127.0.0.2, …), so cases can act as different clients. */
  localAddress?: string;
  timeoutMs?: number;
}

/**
 * One HTTP request on a fresh connection (no keep-alive), so the load balancer chooses an
 * instance for every request; a request that hangs fails after `timeoutMs`.
 */
export function sendRequest(request: HttpRequest): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      request.url,
      {
        method: request.method,
        headers: { connection: "close", ...request.headers },
        agent: false,
        timeout: request.timeoutMs ?? 15_000,
        ...(request.localAddress ? { localAddress: request.localAddress } : {}),
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          const servedBy = response.headers["x-served-by"];
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString("utf8"),
            servedBy: typeof servedBy === "string" ? servedBy : undefined,
          });
        });
      },
    );
    outgoing.on("timeout", () =>
      outgoing.destroy(new Error(`${request.method} ${request.url} timed out`)),
    );
    outgoing.on("error", reject);
    outgoing.end(request.body);
  });
}
