// Issue 11 item 5: a launched game writing 100 MB to stdout pushed gse-local
// to 500-650 MB of memory, buffered for a stream nobody read. Output is now
// bounded: past 1 MiB unwritten, lines are dropped and counted.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync, watch } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { connect, createServer, type AddressInfo, type Socket } from "node:net";
import { PassThrough } from "node:stream";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";
import { createBoundedLineWriter } from "../../../src/local/createBoundedLineWriter.js";

const bin = fileURLToPath(new URL("../../../../bin/gse-local.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "gse-output-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const MB = 1024 * 1024;

function rssBytes(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return Number(match![1]) * 1024;
}

test("a game flooding its stdout does not grow gse-local's memory; the loss is counted", { skip: process.platform !== "linux" && "reads /proc/<pid>/status", timeout: 60_000 }, async () => {
  const marker = join(dir, "written");
  // 64 MiB of 1 KiB lines, written with backpressure on the game's side, then a marker file.
  const game = `const l="x".repeat(1023)+"\\n";let n=0;const w=()=>{while(n<65536){n++;if(!process.stdout.write(l))return process.stdout.once("drain",w)}require("fs").writeFileSync(${JSON.stringify(marker)},"");setInterval(()=>{},1e6)};w()`;
  // gse-local's stderr, where the CLI sends the game's output, is a TCP
  // socket nobody reads for now (a log shipper that stalls): writes to it
  // are asynchronous, so whatever is not bounded piles up in gse-local.
  // (To a pipe or a file Node writes synchronously: a stalled reader
  // blocks instead of growing memory.)
  let reader: Socket | undefined;
  const server = createServer((socket) => {
    reader = socket;
    socket.pause();
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const sink = connect((server.address() as AddressInfo).port, "127.0.0.1");
  await once(sink, "connect");
  const cli = spawn(process.execPath, [bin, "--grpc-port", "0", "--http-port", "0", "--launch", `exec ${JSON.stringify(process.execPath)} -e '${game}'`], {
    stdio: ["ignore", "pipe", sink],
  });
  try {
    const written = new Promise<void>((resolve) => {
      const watcher = watch(dir, () => {
        watcher.close();
        resolve();
      });
    });
    const lines = createInterface({ input: cli.stdout });
    const [first] = (await once(lines, "line")) as [string];
    assert.equal((JSON.parse(first) as { event: string }).event, "listening");
    const before = rssBytes(cli.pid!);
    await written;
    const grown = rssBytes(cli.pid!) - before;
    assert.ok(grown < 40 * MB, `gse-local grew by ${(grown / MB).toFixed(0)} MiB while the game wrote 64 MiB nobody read`);

    // Reading again: the note says lines were dropped.
    let stderr = "";
    await new Promise<void>((resolve) => {
      reader!.on("data", (chunk: Buffer) => {
        stderr += chunk.toString("latin1");
        if (/gse-local dropped \d+ lines of game output/.test(stderr)) resolve();
        if (stderr.length > 4 * MB) stderr = stderr.slice(-1024);
      });
      reader!.resume();
    });
  } finally {
    cli.kill("SIGTERM");
    await once(cli, "exit");
    sink.destroy();
    reader?.destroy();
    server.close();
  }
});

test("the writer drops past its bound, counts, and notes the loss once the stream drains", async () => {
  const stream = new PassThrough({ highWaterMark: 16 });
  const write = createBoundedLineWriter(stream, 100);
  for (let i = 0; i < 50; i++) write(`line ${i} ${"y".repeat(20)}`);
  assert.ok(write.dropped > 0 && write.dropped < 50, `dropped ${write.dropped}`);
  const dropped = write.dropped;
  let text = "";
  stream.on("data", (chunk: Buffer) => (text += chunk.toString()));
  await once(stream, "drain");
  await new Promise((resolve) => setImmediate(resolve));
  assert.match(text, new RegExp(`gse-local dropped ${dropped} lines`));
  assert.match(text, /^line 0 /);
});
