import { closeSync, constants, mkdirSync, openSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Readable } from "node:stream";
import type { Logger } from "../../logging/Logger.js";
import { createBoundedLineWriter, type BoundedLineWriter } from "../createBoundedLineWriter.js";
import { tailOutputFile } from "./tailOutputFile.js";

// A child writing megabytes without a newline must not grow our buffer forever.
const MAX_LINE_CHARS = 64 * 1024;

export type OutputKind = "stdout" | "stderr";

/** A launched process's output files (FleetLauncherOptions.outputDir). */
export interface OutputFiles {
  readonly stdout: string;
  readonly stderr: string;
}

export interface OutputPipes {
  /** Reads `stream` line by line, each line prefixed "[pid N] ". */
  pipe(stream: Readable | null, pid: number, kind: OutputKind): void;
  /** Follows a process's output files, from their start or (an adopted process) from their end; returns what stops it. */
  follow(files: OutputFiles, pid: number, from: "start" | "end"): () => void;
  /** Destroys every stream still open (a descendant that left the group may hold one). */
  destroyAll(): void;
}

let opened = 0;
/**
 * Creates a process's output files in `dir` and opens them for the child,
 * O_APPEND so that emptying them later (tailOutputFile) is safe. The caller
 * closes the descriptors once the child has them, and removes the files
 * (removeOutputFiles) once the process has ended.
 */
export function openOutputFiles(dir: string, launcher: string, slot: number): { files: OutputFiles; fds: [number, number] } {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const base = join(dir, `${launcher.replaceAll(/[^A-Za-z0-9_.-]/g, "_")}.${slot}.${process.pid}-${Date.now()}-${++opened}`);
  const files = { stdout: `${base}.stdout.log`, stderr: `${base}.stderr.log` };
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_APPEND;
  const out = openSync(files.stdout, flags, 0o600);
  try {
    return { files, fds: [out, openSync(files.stderr, flags, 0o600)] };
  } catch (error) {
    closeSync(out);
    throw error;
  }
}

export function removeOutputFiles(files: OutputFiles): void {
  rmSync(files.stdout, { force: true });
  rmSync(files.stderr, { force: true });
}

/**
 * The launched processes' output, as lines: to `output` when given, else
 * stdout lines to process.stdout and stderr lines to process.stderr, each
 * bounded (createBoundedLineWriter): a game writing faster than our stdout
 * is read must not grow our memory.
 */
export function createOutputPipes(output: ((line: string) => void) | undefined, logger: Logger): OutputPipes {
  const openStreams = new Set<Readable>();
  let toStdout: BoundedLineWriter | undefined;
  let toStderr: BoundedLineWriter | undefined;
  const writeLine = (line: string, stream: "stdout" | "stderr"): void => {
    try {
      if (output) output(line);
      else if (stream === "stdout") (toStdout ??= createBoundedLineWriter(process.stdout))(line);
      else (toStderr ??= createBoundedLineWriter(process.stderr))(line);
    } catch (error) {
      logger.warn({ err: error }, "fleet output callback threw; line dropped");
    }
  };

  const tails = new Set<() => void>();
  /** Splits text into lines, each written with the process's prefix. */
  const lines = (pid: number, kind: OutputKind) => {
    const prefix = `[pid ${pid}] `;
    let pending = "";
    const emit = (line: string) => writeLine(prefix + (line.endsWith("\r") ? line.slice(0, -1) : line), kind);
    return {
      push(chunk: string) {
        const parts = (pending + chunk).split("\n");
        pending = parts.pop() ?? "";
        for (const line of parts) emit(line);
        if (pending.length > MAX_LINE_CHARS) {
          emit(pending);
          pending = "";
        }
      },
      // A last line without a newline is still a line.
      flush() {
        if (pending !== "") emit(pending);
        pending = "";
      },
    };
  };

  return {
    pipe(stream, pid, kind) {
      if (!stream) return;
      openStreams.add(stream);
      stream.setEncoding("utf8");
      const split = lines(pid, kind);
      stream.on("data", (chunk: string) => split.push(chunk));
      // "close" covers streams destroyed by destroyAll(), which never emit "end".
      stream.on("end", () => split.flush());
      stream.on("close", () => {
        split.flush();
        openStreams.delete(stream);
      });
      stream.on("error", (error) => logger.debug({ pid, err: error }, `fleet process ${kind} failed`));
    },
    follow(files, pid, from) {
      const stops = (["stdout", "stderr"] as const).map((kind) => {
        const split = lines(pid, kind);
        try {
          const tail = tailOutputFile(files[kind], from, (text) => split.push(text), (error) => logger.debug({ pid, err: error }, `fleet process ${kind} file failed`));
          return () => {
            tail.stop();
            split.flush();
          };
        } catch (error) {
          logger.warn({ pid, err: error, file: files[kind] }, `fleet process ${kind} file cannot be read; its output is not shown`);
          return () => {};
        }
      });
      const stop = () => {
        if (!tails.delete(stop)) return;
        for (const each of stops) each();
      };
      tails.add(stop);
      return stop;
    },
    destroyAll() {
      for (const stream of openStreams) stream.destroy();
      openStreams.clear();
      for (const stop of [...tails]) stop();
    },
  };
}
