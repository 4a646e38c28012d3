import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { inheritedEnvironment } from "../env";

export interface Backend {
  /** Frontend (public) port on 127.0.0.1. */
  port: number;
  servers: { name: string; port: number }[];
}

/**
 * The load balancer's configuration (the one the README shows): round-robin over every
 * instance, no sticky sessions, health checks on /api/health, the client's address appended
 * to X-Forwarded-For (so the apps run with SOLEUS_TRUSTED_PROXY_HOPS=1), a request that could
 * not reach a dead instance retried on another, and an `X-Served-By` header naming the
 * instance that answered (so tests can prove where each request landed).
 */
export function haproxyConfig(sites: Record<string, Backend>): string {
  const lines = [
    "global",
    "  maxconn 1024",
    "defaults",
    "  mode http",
    "  timeout connect 2s",
    "  timeout client 30s",
    "  timeout server 30s",
    "  option forwardfor",
    "  option redispatch",
    "  retries 2",
    // Only when the connection failed: the request never reached an app, so resending it is safe.
    "  retry-on conn-failure",
  ];
  for (const [site, backend] of Object.entries(sites)) {
    lines.push(
      `frontend ${site}`,
      `  bind 127.0.0.1:${backend.port}`,
      `  default_backend ${site}_instances`,
      `backend ${site}_instances`,
      "  balance roundrobin",
      "  option httpchk GET /api/health",
      "  http-check expect status 200",
      "  default-server inter 1s fall 2 rise 2",
      "  http-response set-header X-Served-By %[srv_name]",
      ...backend.servers.map((server) => `  server ${server.name} 127.0.0.1:${server.port} check`),
    );
  }
  return `${lines.join("\n")}\n`;
}

/** The haproxy binary; installs Debian's package when it is missing and this process is root. */
export function findOrInstallHaproxy(): string {
  const found = whichHaproxy();
  if (found) return found;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot)
    throw new Error(
      "The scale-out test needs HAProxy: install it with `sudo apt-get install -y haproxy`.",
    );
  process.stdout.write("HAProxy is missing: installing Debian's haproxy package …\n");
  const env = { ...inheritedEnvironment(), DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "haproxy"], { stdio: "inherit", env });
  // Where the package started its own service (systemd hosts), stop it: the test runs its own.
  spawnSync("systemctl", ["disable", "--now", "haproxy"], { stdio: "ignore" });
  const installed = whichHaproxy();
  if (!installed) throw new Error("apt-get installed haproxy but no haproxy binary was found.");
  return installed;
}

function whichHaproxy(): string | undefined {
  for (const candidate of ["/usr/sbin/haproxy", "/usr/local/sbin/haproxy"]) {
    if (spawnSync(candidate, ["-v"]).status === 0) return candidate;
  }
  return undefined;
}

/** Runs HAProxy in the foreground as this process's child, on its own config file in `dir`. */
export function startHaproxy(
  dir: string,
  sites: Record<string, Backend>,
  log: (line: string) => void,
): ChildProcess {
  const binary = findOrInstallHaproxy();
  const configFile = path.join(dir, "haproxy.cfg");
  writeFileSync(configFile, haproxyConfig(sites));
  const check = spawnSync(binary, ["-c", "-q", "-f", configFile], { encoding: "utf8" });
  if (check.status !== 0)
    throw new Error(`HAProxy refused its configuration:\n${check.stderr}${check.stdout}`);
  // -db: stay in the foreground, so the process dies with the test and no service is left behind.
  const child = spawn(binary, ["-db", "-f", configFile], { stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.on("data", (chunk: Buffer) => log(chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => log(chunk.toString()));
  return child;
}
