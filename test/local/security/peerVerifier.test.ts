// Issue 11 item 2: the pid metadata was the only credential. The verifier
// maps a connection to the process that holds its socket; these tests use
// real connections from real child processes.
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createServer, type Server, type Socket } from "node:net";
import { createInterface } from "node:readline";
import { after, before, describe, it } from "node:test";
import { createPeerVerifier, parsePeer } from "../../../src/local/security/createPeerVerifier.js";

const linux = process.platform === "linux";

/** A child that connects to `port` on `host` and stays connected until its stdin closes. */
async function connectFromChild(host: string, port: number): Promise<{ child: ChildProcess; localPort: number }> {
  const code = `const s=require("net").connect(${port},${JSON.stringify(host)},()=>console.log(s.localPort));process.stdin.on("end",()=>process.exit(0));process.stdin.resume();`;
  const child = spawn(process.execPath, ["-e", code], { stdio: ["pipe", "pipe", "inherit"] });
  const [line] = (await once(createInterface({ input: child.stdout! }), "line")) as [string];
  return { child, localPort: Number(line) };
}

describe("peer verification through /proc", { skip: !linux && "needs Linux /proc" }, () => {
  let server: Server;
  let port: number;
  const accepted: Socket[] = [];
  const children: ChildProcess[] = [];
  before(async () => {
    server = createServer((socket) => accepted.push(socket));
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    port = (server.address() as { port: number }).port;
  });
  after(async () => {
    for (const child of children) {
      child.stdin?.end();
      if (child.exitCode === null) await once(child, "exit");
    }
    for (const socket of accepted) socket.destroy();
    server.close();
  });

  async function peerOf(localPort: number): Promise<string> {
    for (;;) {
      const socket = accepted.find((s) => s.remotePort === localPort);
      if (socket) return `${socket.remoteAddress}:${socket.remotePort}`;
      await once(server, "connection");
    }
  }

  it("tells the process holding a connection from one that only claims it", async () => {
    const { child, localPort } = await connectFromChild("127.0.0.1", port);
    children.push(child);
    const peer = await peerOf(localPort);
    const verifier = createPeerVerifier();
    assert.equal(verifier.available, true);
    assert.deepEqual(verifier.check(peer, child.pid!, port), { result: "owned" });
    // Remembered: the second check takes the one-readlink path, same answer.
    assert.deepEqual(verifier.check(peer, child.pid!, port), { result: "owned" });
    // This process holds the server's side of the connection, not the caller's.
    const mine = verifier.check(peer, process.pid, port);
    assert.equal(mine.result, "notOwned");
    assert.match((mine as { reason: string }).reason, new RegExp(`process ${process.pid} does not hold the connection from ${peer}`));
    assert.equal(verifier.check(peer, 1, port).result, "notOwned");
    // The right process, the wrong server port: not this connection.
    assert.equal(verifier.check(peer, child.pid!, port === 65535 ? 1 : port + 1).result, "notOwned");
  });

  it("forgets a connection once its holder closed it", async () => {
    const first = await connectFromChild("127.0.0.1", port);
    children.push(first.child);
    const peer = await peerOf(first.localPort);
    const verifier = createPeerVerifier();
    assert.equal(verifier.check(peer, first.child.pid!, port).result, "owned");
    first.child.stdin!.end();
    await once(first.child, "exit");
    assert.equal(verifier.check(peer, first.child.pid!, port).result, "notOwned");
  });

  it("a connection from this process is this process's", async () => {
    const { createConnection } = await import("node:net");
    const client = createConnection(port, "127.0.0.1");
    await once(client, "connect");
    try {
      const verifier = createPeerVerifier();
      assert.deepEqual(verifier.check(await peerOf(client.localPort!), process.pid, port), { result: "owned" });
    } finally {
      client.destroy();
    }
  });

  it("IPv6 loopback connections are found in tcp6", async (t) => {
    const v6 = createServer((socket) => accepted.push(socket));
    try {
      v6.listen(0, "::1");
      await once(v6, "listening");
    } catch {
      t.skip("no IPv6 loopback on this host");
      return;
    }
    const v6Port = (v6.address() as { port: number }).port;
    const { child, localPort } = await connectFromChild("::1", v6Port);
    children.push(child);
    try {
      let socket: Socket | undefined;
      while (!(socket = accepted.find((s) => s.remotePort === localPort && s.remoteAddress === "::1"))) await once(v6, "connection");
      const peer = `${socket.remoteAddress}:${socket.remotePort}`;
      assert.deepEqual(createPeerVerifier().check(peer, child.pid!, v6Port), { result: "owned" });
      assert.equal(createPeerVerifier().check(peer, process.pid, v6Port).result, "notOwned");
    } finally {
      v6.close();
    }
  });
});

describe("peer verification without /proc", () => {
  it("answers unverifiable, naming why", () => {
    const verifier = createPeerVerifier({ procRoot: "/nonexistent-proc" });
    assert.equal(verifier.available, false);
    const check = verifier.check("127.0.0.1:5000", process.pid, 5758);
    assert.equal(check.result, "unverifiable");
  });

  it("parses the peer forms grpc-js writes", () => {
    assert.deepEqual(parsePeer("127.0.0.1:5000"), { bytes: [127, 0, 0, 1], port: 5000 });
    assert.deepEqual(parsePeer("ipv4:127.0.0.1:5000"), { bytes: [127, 0, 0, 1], port: 5000 });
    assert.deepEqual(parsePeer("::1:5000")?.bytes, [...Array(15).fill(0), 1]);
    assert.deepEqual(parsePeer("[::1]:5000")?.port, 5000);
    assert.deepEqual(parsePeer("::ffff:127.0.0.1:5000")?.bytes.slice(10), [0xff, 0xff, 127, 0, 0, 1]);
    assert.equal(parsePeer("unix:/tmp/sock"), undefined);
    assert.equal(parsePeer("127.0.0.1:0"), undefined);
    assert.equal(parsePeer("300.0.0.1:80"), undefined);
  });
});
