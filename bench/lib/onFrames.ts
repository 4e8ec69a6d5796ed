import type { Socket } from "node:net";

/**
 * Splits a socket's bytes into length-prefixed frames (uint32 big-endian
 * length, then payload) and hands each whole frame, prefix included, to
 * `onFrame`: the raw TCP floor's framing, on both of its ends.
 */
export function onFrames(socket: Socket, onFrame: (frame: Buffer) => void): void {
  let buffered: Buffer = Buffer.alloc(0);
  socket.on("data", (chunk: Buffer) => {
    buffered = buffered.length === 0 ? chunk : Buffer.concat([buffered, chunk]);
    let offset = 0;
    while (buffered.length - offset >= 4) {
      const size = buffered.readUInt32BE(offset);
      if (buffered.length - offset < 4 + size) break;
      onFrame(buffered.subarray(offset, offset + 4 + size));
      offset += 4 + size;
    }
    buffered = offset === buffered.length ? Buffer.alloc(0) : Buffer.from(buffered.subarray(offset));
  });
}
