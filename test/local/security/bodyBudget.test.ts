// Issue 11 item 5: 400 concurrent near-1 MiB bodies cost gse-local 404 MB.
// What is buffered at once, over every request, is now bounded.
import assert from "node:assert/strict";
import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { test } from "node:test";
import { createCloudApiHandler } from "../../../src/local/cloud/createCloudApiHandler.js";

test("bodies held at once are bounded: past the budget a request is refused LimitExceeded, and the budget comes back", async () => {
  const server = http.createServer(createCloudApiHandler({ dispatch: () => ({}), maxBufferedBodyBytes: 1024 * 1024 }));
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const port = (server.address() as AddressInfo).port;
  const chunk = "x".repeat(400 * 1024);
  const open: http.ClientRequest[] = [];
  const replies: Array<Promise<string>> = [];
  try {
    // Three bodies of 900 KiB, each sent but for its end: held by the server, not yet answered.
    for (let i = 0; i < 3; i++) {
      const req = http.request({ host: "127.0.0.1", port, method: "POST", path: "/capi", headers: { "content-length": String(2 * chunk.length + 10) } });
      replies.push(
        new Promise((resolve, reject) => {
          req.on("response", (res) => {
            let text = "";
            res.on("data", (c: Buffer) => (text += c.toString()));
            res.on("end", () => resolve(text));
          });
          req.on("error", reject);
        }),
      );
      req.write(chunk);
      req.write(chunk);
      open.push(req);
    }
    // The third passes 1 MiB held: refused while it is still uploading.
    const refused = await Promise.race(replies);
    assert.match(refused, /"Code":"LimitExceeded"/);
    assert.match(refused, /request bodies at once/);
  } finally {
    for (const req of open) req.destroy();
  }
  // Given back once those requests are gone: a new one is answered.
  const text = JSON.stringify({ Action: "DescribeGameServerSessions" });
  for (;;) {
    const reply = await new Promise<string>((resolve, reject) => {
      const req = http.request({ host: "127.0.0.1", port, method: "POST", path: "/capi", headers: { "content-length": String(text.length) } }, (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c.toString()));
        res.on("end", () => resolve(body));
      });
      req.on("error", reject);
      req.end(text);
    });
    if (!/LimitExceeded/.test(reply)) {
      assert.doesNotMatch(reply, /"Error"/);
      break;
    }
    // The server sees the destroyed uploads close on its next turns.
    await new Promise((resolve) => setImmediate(resolve));
  }
  server.closeAllConnections();
  server.close();
});
