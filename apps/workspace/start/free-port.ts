/** A TCP port the operating system reports free right now, for a child server that cannot listen on port 0. */
import { createServer } from "node:net";

/**
 * Asks the OS for an unused port on `host` and releases it at once.
 *
 * @example
 * const port = await freePort("127.0.0.1"); // e.g. 41873
 */
export function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error("the OS gave no port"))));
    });
  });
}
