// Issue 11 item 7: gse-local's state journal. A torn write (a crash in the
// middle of a record) must not corrupt the state: tested with real kill -9s
// of a writer process, and with torn tails written on purpose.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { after, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { openStateJournal, StateDirectoryError } from "../../../src/local/persistence/openStateJournal.js";

const root = mkdtempSync(join(tmpdir(), "gse-journal-"));
after(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const freshDir = () => join(root, `state-${++n}`);
const writer = fileURLToPath(new URL("./fixtures/journalWriter.js", import.meta.url));

describe("state journal", () => {
  it("reads back puts and deletes across a close, from snapshot and journal", async () => {
    const directory = freshDir();
    const first = openStateJournal({ directory });
    first.record([{ domain: "sessions", key: "s1", value: { status: "ACTIVE", players: ["p1"] } }]);
    first.record([{ domain: "sessions", key: "s2", value: { status: "ACTIVATING" } }, { domain: "processes", key: "42", value: { pid: 42 } }]);
    first.record([{ domain: "sessions", key: "s2" }]);
    await first.close();
    const second = openStateJournal({ directory });
    assert.deepEqual(second.loaded.get("sessions"), new Map([["s1", { status: "ACTIVE", players: ["p1"] }]]));
    assert.deepEqual(second.loaded.get("processes"), new Map([["42", { pid: 42 }]]));
    // Written after the close's snapshot: found in the journal next time.
    second.record([{ domain: "sessions", key: "s3", value: 3 }]);
    // No close: as after a crash, the journal holds it.
    const third = openStateJournal({ directory, ignoreLock: true });
    assert.equal(third.loaded.get("sessions")?.get("s3"), 3);
    assert.equal(third.stats.replayed, 1);
    await third.close();
    await second.close().catch(() => undefined);
  });

  it("drops a torn last record whole and keeps appending after it", async () => {
    const directory = freshDir();
    const journal = openStateJournal({ directory });
    journal.record([{ domain: "d", key: "a", value: 1 }]);
    journal.record([{ domain: "d", key: "b", value: 2 }, { domain: "d", key: "c", value: 3 }]);
    const path = join(directory, "journal.log");
    const whole = readFileSync(path);
    // Cut the second record in the middle, as a crash during write(2) would.
    const firstEnd = whole.indexOf(0x0a) + 1;
    writeFileSync(path, whole.subarray(0, firstEnd + 20));
    const reopened = openStateJournal({ directory, ignoreLock: true });
    assert.deepEqual(reopened.loaded.get("d"), new Map([["a", 1]]));
    assert.equal(reopened.stats.tornBytes, 20);
    assert.equal(statSync(path).size, firstEnd);
    reopened.record([{ domain: "d", key: "z", value: 26 }]);
    // A record with a bad checksum (a garbled sector) ends the replay too.
    appendFileSync(path, `00000000 {"s":99,"o":[["d","evil",1]]}\n`);
    const again = openStateJournal({ directory, ignoreLock: true });
    assert.deepEqual(again.loaded.get("d"), new Map([["a", 1], ["z", 26]]));
    await again.close();
  });

  it("one gse-local per state directory", async () => {
    const directory = freshDir();
    const journal = openStateJournal({ directory });
    const child = spawn(process.execPath, ["-e", `
      import(${JSON.stringify(new URL("../../../src/local/persistence/openStateJournal.js", import.meta.url).href)})
        .then((m) => { try { m.openStateJournal({ directory: ${JSON.stringify(directory)} }); console.log("opened"); } catch (e) { console.log(e.code, e.message); } });
    `], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    await once(child, "exit");
    assert.match(out, /STATE_DIRECTORY .* is in use by process \d+/);
    await journal.close();
    assert.ok(new StateDirectoryError("x") instanceof Error);
  });

  it("survives kill -9 mid-write: every record acknowledged before the kill is read back, each whole", { timeout: 60_000 }, async () => {
    const directory = freshDir();
    let acknowledged = 0;
    for (let round = 0; round < 4; round++) {
      // Small compaction threshold: snapshots happen every few records, so
      // kills also land in the middle of writing or renaming a snapshot.
      const child = spawn(process.execPath, [writer, directory, String(1024 * 1024)], { stdio: ["ignore", "pipe", "inherit"] });
      const lines = createInterface({ input: child.stdout });
      const target = acknowledged + 40 + round * 17;
      await new Promise<void>((resolve) => {
        lines.on("line", (line) => {
          acknowledged = Math.max(acknowledged, Number(line));
          if (acknowledged >= target) resolve();
        });
      });
      child.kill("SIGKILL");
      await once(child, "exit");
      lines.close();

      const journal = openStateJournal({ directory });
      const entries = journal.loaded.get("d")!;
      const counter = (entries.get("counter") as { n: number }).n;
      assert.ok(counter >= acknowledged, `round ${round}: ${counter} read back, ${acknowledged} acknowledged`);
      // Whole records only: the slot written with the counter's last value is there, and no slot is ahead of it.
      const slots = [...entries].filter(([key]) => key.startsWith("slot")).map(([key, value]) => [key, (value as { n: number; pad: string })] as const);
      assert.equal(entries.get(`slot${counter % 20}`) && (entries.get(`slot${counter % 20}`) as { n: number }).n, counter);
      for (const [key, value] of slots) {
        assert.equal(key, `slot${value.n % 20}`);
        assert.ok(value.n <= counter);
        assert.equal(value.pad.length, 64 * 1024);
      }
      acknowledged = counter;
      await journal.close();
    }
  });
});
