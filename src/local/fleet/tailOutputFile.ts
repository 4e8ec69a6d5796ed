import { closeSync, fstatSync, ftruncateSync, openSync, readSync, watch, type FSWatcher } from "node:fs";
import { StringDecoder } from "node:string_decoder";

/** Read per turn of the event loop, so a game writing fast does not hold it. */
const READ_PER_TURN = 1024 * 1024;
/** Past this much read, the file is emptied (the game writes with O_APPEND, so it goes on at the new end). */
const MAX_FILE_BYTES = 8 * 1024 * 1024;
/** A missed change notification costs at most this much delay. */
const POLL_MS = 1_000;

export interface FileTail {
  /** Reads what is left, then stops. */
  stop(): void;
}

/**
 * Follows a launched process's output file as `tail -f` does: inotify
 * (fs.watch) tells when it grew, a slow poll covers a missed notification.
 * The file is bounded: once more than 8 MiB has been read and all of it is
 * read, it is emptied. A line the game writes between that last read and
 * the truncation is lost; that is the price of never blocking the game.
 */
export function tailOutputFile(path: string, startAt: "start" | "end", onText: (text: string) => void, onError: (error: unknown) => void): FileTail {
  const fd = openSync(path, "r+");
  let offset = startAt === "end" ? fstatSync(fd).size : 0;
  const buffer = Buffer.alloc(64 * 1024);
  const decoder = new StringDecoder("utf8");
  let stopped = false;
  let again: NodeJS.Immediate | undefined;

  const read = (): void => {
    again = undefined;
    try {
      let budget = READ_PER_TURN;
      let size = fstatSync(fd).size;
      // Emptied by someone else: start over.
      if (size < offset) offset = 0;
      while (offset < size && budget > 0) {
        const n = readSync(fd, buffer, 0, Math.min(buffer.length, size - offset, budget), offset);
        if (n <= 0) break;
        offset += n;
        budget -= n;
        onText(decoder.write(buffer.subarray(0, n)));
        if (offset === size) size = fstatSync(fd).size;
      }
      if (offset < size) {
        if (!stopped) again = setImmediate(read);
        return;
      }
      if (offset >= MAX_FILE_BYTES) {
        ftruncateSync(fd, 0);
        offset = 0;
      }
    } catch (error) {
      onError(error);
    }
  };

  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(path, { persistent: false }, () => {
      if (!stopped && again === undefined) read();
    });
    watcher.on("error", onError);
  } catch (error) {
    onError(error);
  }
  const timer = setInterval(() => again === undefined && read(), POLL_MS);
  timer.unref();
  read();

  return {
    stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      if (again !== undefined) clearImmediate(again);
      watcher?.close();
      // Everything the process wrote, however much: it has ended, nothing grows any more.
      for (let before = -1; before !== offset; ) {
        before = offset;
        read();
      }
      const rest = decoder.end();
      if (rest !== "") onText(rest);
      closeSync(fd);
    },
  };
}
