import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { makeZip } from "./makeZip.js";

const fleetGame = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "fleetGame.js");
const q = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

/**
 * Writes `<assetDir>/<name>`: a game build as a team would zip it, with
 * start.sh (the LaunchPath, /local/game/start.sh) running the fleet test
 * game, and an install.sh that must succeed for the fleet to start.
 */
export function makeGameBuild(assetDir: string, name: string, { install = "echo installed > installed.txt\n" } = {}): string {
  mkdirSync(assetDir, { recursive: true });
  const path = join(assetDir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(
    path,
    makeZip([
      { name: "start.sh", data: `#!/bin/sh\nexec ${q(process.execPath)} ${q(fleetGame)} "$@"\n`, mode: 0o100755 },
      { name: "install.sh", data: install },
      { name: "README.txt", data: `build ${name}\n` },
    ]),
  );
  return path;
}
