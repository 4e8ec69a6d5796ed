import { readFileSync } from "node:fs";
import { createServer } from "node:net";

/**
 * A port on 127.0.0.1 that nothing listens on and that the kernel never
 * hands to a port-0 bind: it lies below ip_local_port_range. Probing a free
 * ephemeral port and binding it later races every port-0 bind on the
 * machine (a game's gRPC server took one that way once: EADDRINUSE); a port
 * outside that range races only another test choosing the same fixed port,
 * so it is picked at random and checked free.
 */
export async function unassignedPort(): Promise<number> {
  const lowest = ephemeralRangeStart();
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 10_000 + Math.floor(Math.random() * (lowest - 10_000));
    if (await isFree(port)) return port;
  }
  throw new Error(`no free port found between 10000 and ${lowest - 1}`);
}

function ephemeralRangeStart(): number {
  try {
    const low = Number(readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8").trim().split(/\s+/)[0]);
    if (Number.isInteger(low) && low > 10_100) return low;
  } catch {
    // Not Linux: IANA's dynamic range starts at 49152, Linux's default at 32768; take the lower.
  }
  return 32_768;
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}
