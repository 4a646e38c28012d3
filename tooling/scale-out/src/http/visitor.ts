import { sendRequest, type HttpAnswer } from "./request";

/**
 * One person's HTTP client for one site, as a browser would be: it keeps the site's cookies
 * and sends the site's own Origin on posts. Every request opens a new connection, so the
 * load balancer picks an instance each time.
 */
export class Visitor {
  private readonly cookies = new Map<string, string>();

  constructor(
    /** The site's public address (the load balancer). */
    readonly origin: string,
    private readonly options: {
      /** Loopback address to send from (127.0.0.2, …): a different client address. */
      localAddress?: string;
      /** Talk to this instance directly (bypassing the load balancer), still as the public origin. */
      pinnedTo?: string;
    } = {},
  ) {}

  /** GET a path on the site, without following redirects. */
  get(path: string): Promise<HttpAnswer> {
    return this.send("GET", path);
  }

  /** POST a body with the site's Origin header (what the browser does for forms and tRPC). */
  post(
    path: string,
    body: string | Buffer,
    contentType: string,
    extraHeaders: Record<string, string> = {},
  ): Promise<HttpAnswer> {
    return this.send("POST", path, body, {
      "content-type": contentType,
      origin: this.origin,
      ...extraHeaders,
    });
  }

  /**
   * The same person (a copy of this visitor's cookies) talking to one instance directly, e.g.
   * to prove that something done on instance 1 is seen on instance 2.
   */
  pinnedTo(instanceUrl: string): Visitor {
    const copy = new Visitor(this.origin, { ...this.options, pinnedTo: instanceUrl });
    for (const [name, value] of this.cookies) copy.setCookie(name, value);
    return copy;
  }

  /** The value of one cookie this visitor holds, if any. */
  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** Sets a cookie by hand (e.g. a copied session token). */
  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  private async send(
    method: "GET" | "POST",
    path: string,
    body?: string | Buffer,
    headers: Record<string, string> = {},
  ): Promise<HttpAnswer> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    const pinned = this.options.pinnedTo;
    const answer = await sendRequest({
      method,
      url: new URL(path, pinned ?? this.origin).toString(),
      headers: {
        ...headers,
        ...(cookie ? { cookie } : {}),
        ...(pinned ? { host: new URL(this.origin).host } : {}),
      },
      ...(body === undefined ? {} : { body }),
      ...(this.options.localAddress ? { localAddress: this.options.localAddress } : {}),
    });
    this.remember(answer.headers["set-cookie"] ?? []);
    return answer;
  }

  private remember(setCookies: string[]): void {
    for (const line of setCookies) {
      const [pair = "", ...attributes] = line.split(";");
      const index = pair.indexOf("=");
      if (index <= 0) continue;
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some(
        (attribute) =>
          /^\s*max-age=0\s*$/i.test(attribute) || /^\s*expires=thu, 01 jan 1970/i.test(attribute),
      );
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}
