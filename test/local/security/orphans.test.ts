// Issue 11 item 8: a launched game's child that calls setsid() left the
// process group and survived gse-local's normal shutdown. Launched processes
// and all their descendants now end with it.
import assert from "node:assert/strict";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync, watch } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { silentLogger } from "gse-sdk";
import { createFleetLauncher } from "gse-sdk/local";
import { processState } from "../../helpers/gseLocalChild.js";

const dir = mkdtempSync(join(tmpdir(), "gse-orphans-"));
after(() => rmSync(dir, { recursive: true, force: true }));

test("stop() ends a launched game's descendant that left the process group with setsid", { skip: process.platform !== "linux" && "needs /proc and setsid", timeout: 30_000 }, async () => {
  const pidFile = join(dir, "escaped.pid");
  const written = new Promise<void>((resolve) => {
    const watcher = watch(dir, () => {
      try {
        if (readFileSync(pidFile, "utf8").endsWith("\n")) {
          watcher.close();
          resolve();
        }
      } catch {
        // not there yet
      }
    });
  });
  const fleet = createFleetLauncher({
    // The pid is written from inside the new session, so it is read only once setsid() took effect.
    command: `setsid sh -c 'echo $$ > ${pidFile}.tmp && mv ${pidFile}.tmp ${pidFile}; exec sleep 600' & exec ${JSON.stringify(process.execPath)} -e "setInterval(() => {}, 1e9)"`,
    concurrency: 1,
    logger: silentLogger,
    output: () => undefined,
  });
  await once(fleet.events, "spawn");
  await written;
  const escaped = Number(readFileSync(pidFile, "utf8"));
  assert.ok(escaped > 0);
  const stat = readFileSync(`/proc/${escaped}/stat`, "utf8");
  const [gameGroup] = [fleet.pids[0]!];
  assert.notEqual(Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]), gameGroup, "the child left the game's process group");
  await fleet.stop({ graceMs: 2_000 });
  const now = processState(escaped);
  assert.ok(now === undefined || now === "Z", `the setsid child ${escaped} is still running after stop()`);
});
