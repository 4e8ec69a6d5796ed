// An open dashboard, as gse-local sees one: a server-sent event stream read
// and parsed as the page does (every message JSON.parse'd), in its own
// process so its parsing does not slow the load generator's clock.
import { request, type ClientRequest } from "node:http";
import { serveCommands } from "../lib/workers.js";

let current: ClientRequest | undefined;
const counters = { messages: 0, snapshots: 0, bytes: 0, items: 0, events: 0 };

function open({ url }: { url: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { accept: "text/event-stream" } }, (res) => {
      if (res.statusCode !== 200 || !String(res.headers["content-type"]).startsWith("text/event-stream")) {
        res.resume();
        return reject(new Error(`dashboard stream ${url}: HTTP ${res.statusCode} ${String(res.headers["content-type"])}`));
      }
      res.setEncoding("utf8");
      let buffer = "";
      let first = true;
      res.on("data", (chunk: string) => {
        counters.bytes += Buffer.byteLength(chunk);
        buffer += chunk;
        for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const name = /^event: (.*)$/m.exec(message)?.[1];
          const data = /^data: (.*)$/m.exec(message)?.[1];
          if (name === undefined || data === undefined) continue;
          const parsed = JSON.parse(data) as { upsert?: Record<string, unknown[]>; events?: unknown[] };
          counters.messages++;
          if (name === "snapshot") counters.snapshots++;
          for (const items of Object.values(parsed.upsert ?? {})) counters.items += items.length;
          counters.events += parsed.events?.length ?? 0;
          if (first) {
            first = false;
            resolve();
          }
        }
      });
    });
    req.on("error", (error) => (current === req ? undefined : reject(error)));
    req.end();
    current = req;
  });
}

serveCommands(
  {
    open,
    close: () => {
      current?.destroy();
      current = undefined;
    },
    stats: () => ({ ...counters }),
  },
  () => {
    current?.destroy();
  },
);
