import net from "node:net";
import { ConfigError } from "@soleus/db/env";

/** Fails with a message naming the port and the variable that changes it when the port is taken. */
export async function assertPortFree(host: string, port: number, variable: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer();
    server.once("error", (error: NodeJS.ErrnoException) => {
      const reason =
        error.code === "EADDRINUSE"
          ? "is already in use"
          : `cannot be used (${error.code ?? error.message})`;
      reject(new ConfigError(`Port ${port} on ${host} ${reason}; set ${variable} to a free port`));
    });
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve()));
  });
}
