// The backend as its own service, for running the pieces by hand:
//
//   npx gse-local --http-port 8080 --launch "exec node dist/examples/arena/main.js" --concurrency 2
//   node dist/examples/backend/main.js --endpoint 127.0.0.1:8080 --port 3000
//   node dist/examples/bots/main.js --backend http://127.0.0.1:3000 --players 3
//
// Credentials come from TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY, as
// with Tencent's own tools; gse-local accepts any unless started with a key.
import { parseArgs } from "node:util";
import { createBackend } from "./createBackend.js";

const usage = `usage: node dist/examples/backend/main.js [--endpoint host:port] [--port N] [--queue NAME] [--max-players N] [--region R]
  --endpoint     gse-local's cloud API (default 127.0.0.1:8080); "cloud" for Tencent Cloud itself
  --port         this service's port (default 3000)`;

const { values } = parseArgs({
  options: {
    endpoint: { type: "string", default: "127.0.0.1:8080" },
    port: { type: "string", default: "3000" },
    queue: { type: "string", default: "arena-queue" },
    "max-players": { type: "string", default: "4" },
    region: { type: "string", default: "ap-guangzhou" },
    help: { type: "boolean", short: "h" },
  },
});
if (values.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}

const local = values.endpoint !== "cloud";
const backend = createBackend({
  secretId: process.env["TENCENTCLOUD_SECRET_ID"] ?? "local",
  secretKey: process.env["TENCENTCLOUD_SECRET_KEY"] ?? "local",
  region: values.region,
  ...(local && { endpoint: values.endpoint, protocol: "http://" as const }),
  queueName: values.queue,
  maxPlayers: Number(values["max-players"]),
});
const url = await backend.listen({ port: Number(values.port) });
console.log(`backend listening on ${url}: POST /matches {"playerIds": [...]} (cloud API: ${local ? `http://${values.endpoint}` : "Tencent Cloud"})`);
const stop = () => void backend.close().then(() => process.exit(0));
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
