import type { Writable } from "node:stream";

export interface BoundedLineWriter {
  (line: string): void;
  /** Lines dropped since creation because the stream was not keeping up. */
  readonly dropped: number;
}

/** Bytes a writer lets pile up in a stream before it drops lines. */
export const OUTPUT_HIGH_WATER_BYTES = 1024 * 1024;

/**
 * Writes lines to a stream without ever buffering more than `highWaterBytes`
 * of them: a launched game can write faster than a terminal or a pipe
 * reads (100 MB to stdout took gse-local to 650 MB of memory). Past the
 * bound, lines are dropped and counted, and once the stream drains a note
 * says how many were lost. Dropping rather than pausing the game's pipe: a
 * game blocked on its own stdout stops serving its players, which is worse
 * for a development tool than a gap in its log.
 */
export function createBoundedLineWriter(stream: Writable, highWaterBytes = OUTPUT_HIGH_WATER_BYTES): BoundedLineWriter {
  let dropped = 0;
  let droppedSinceNote = 0;
  let waiting = false;
  const onDrain = () => {
    waiting = false;
    if (droppedSinceNote > 0) {
      stream.write(`(gse-local dropped ${droppedSinceNote} line${droppedSinceNote === 1 ? "" : "s"} of game output: the output was not read fast enough)\n`);
      droppedSinceNote = 0;
    }
  };
  const write = ((line: string) => {
    if (stream.writableLength > highWaterBytes) {
      dropped++;
      droppedSinceNote++;
      if (!waiting) {
        waiting = true;
        stream.once("drain", onDrain);
      }
      return;
    }
    stream.write(`${line}\n`);
  }) as BoundedLineWriter;
  Object.defineProperty(write, "dropped", { get: () => dropped });
  return write;
}
