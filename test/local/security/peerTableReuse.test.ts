// One read of /proc/net/tcp serves other connections' first calls, and
// only to prove ownership: a stand-in procfs (procRoot) whose socket table
// and fd links the test writes, so each step controls what the kernel
// would say.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { createPeerVerifier } from "../../../src/local/security/createPeerVerifier.js";

const SERVER_PORT = 5758;
const hex = (port: number) => port.toString(16).toUpperCase().padStart(4, "0");

/** /proc/net/tcp lines: 127.0.0.1:<client port> → 127.0.0.1:SERVER_PORT, ESTABLISHED, with the socket's inode. */
function table(connections: { port: number; inode: number }[]): string {
  const head = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n";
  return head + connections.map((c, i) => `   ${i}: 0100007F:${hex(c.port)} 0100007F:${hex(SERVER_PORT)} 01 00000000:00000000 00:00000000 00000000  1000        0 ${c.inode} 1 0000000000000000 20 4 30 10 -1\n`).join("");
}

describe("peer verification reuses a recent socket table", () => {
  const root = mkdtempSync(join(tmpdir(), "gse-fake-proc-"));
  after(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, "net"));
  const writeTable = (connections: { port: number; inode: number }[]) => writeFileSync(join(root, "net/tcp"), table(connections));
  const holds = (pid: number, fd: number, inode: number) => {
    mkdirSync(join(root, String(pid), "fd"), { recursive: true });
    symlinkSync(`socket:[${inode}]`, join(root, String(pid), "fd", String(fd)));
  };

  it("proves a second connection from the first call's read, and decides a miss on a fresh read", () => {
    writeTable([
      { port: 40001, inode: 111 },
      { port: 40003, inode: 333 },
    ]);
    holds(42, 3, 111);
    holds(42, 5, 333);
    const verifier = createPeerVerifier({ procRoot: root, tableReuseMs: 60_000 });
    assert.deepEqual(verifier.check("127.0.0.1:40001", 42, SERVER_PORT), { result: "owned" });

    // The table is gone: a connection the first read listed is proved from it.
    unlinkSync(join(root, "net/tcp"));
    assert.deepEqual(verifier.check("127.0.0.1:40003", 42, SERVER_PORT), { result: "owned" });

    // A connection the earlier read did not list: read again, and found.
    writeTable([
      { port: 40001, inode: 111 },
      { port: 40002, inode: 222 },
    ]);
    holds(42, 4, 222);
    assert.deepEqual(verifier.check("127.0.0.1:40002", 42, SERVER_PORT), { result: "owned" });
  });

  it("never refuses nor grants on a line an earlier read gave for an address now another socket's", () => {
    // 40001 closed by pid 42 and its address taken by a new connection of pid 43.
    unlinkSync(join(root, "42/fd/3"));
    writeTable([{ port: 40001, inode: 999 }]);
    holds(43, 7, 999);
    const verifier = createPeerVerifier({ procRoot: root, tableReuseMs: 60_000 });
    writeTable([{ port: 40001, inode: 111 }]);
    // This verifier's first read says 111 (42's old socket), which 42 no longer holds.
    assert.equal(verifier.check("127.0.0.1:40001", 42, SERVER_PORT).result, "notOwned");
    writeTable([{ port: 40001, inode: 999 }]);
    // The earlier read (111) does not prove 43; the fresh one (999) does.
    assert.deepEqual(verifier.check("127.0.0.1:40001", 43, SERVER_PORT), { result: "owned" });
    // And 42 is refused on the fresh read too.
    assert.equal(verifier.check("127.0.0.1:40001", 42, SERVER_PORT).result, "notOwned");
  });
});
