import { resolve, sep } from "node:path";
import { ControlRefusal } from "../ControlRefusal.js";

/** Where GSE put the build on a Linux instance; a LaunchPath names a file under it. */
export const LINUX_GAME_ROOT = "/local/game/";
/** The Windows equivalent, accepted for scripts written for Windows fleets. */
export const WINDOWS_GAME_ROOT = "C:\\game\\";

/**
 * Turns a LaunchPath (`/local/game/bin/server`) into the relative path of a
 * file in the unpacked build (`bin/server`), or refuses it: it must start
 * with /local/game/ (or C:\game\), name a file below it, and not climb out
 * with `..`. This is the whole local meaning of LaunchPath: /local/game/ is
 * the fleet's unpacked build, which is also the process's working folder.
 */
export function launchPathInBuild(launchPath: string, field = "LaunchPath"): string {
  let rest: string;
  if (launchPath.startsWith(LINUX_GAME_ROOT)) {
    rest = launchPath.slice(LINUX_GAME_ROOT.length);
  } else if (launchPath.toLowerCase().startsWith(WINDOWS_GAME_ROOT.toLowerCase())) {
    rest = launchPath.slice(WINDOWS_GAME_ROOT.length).replaceAll("\\", "/");
  } else {
    throw new ControlRefusal(
      "InvalidParameterValue",
      `${field} "${launchPath}" must start with ${LINUX_GAME_ROOT} (the fleet's unpacked build) or ${WINDOWS_GAME_ROOT}`,
      field,
    );
  }
  const segments = rest.split("/").filter((s) => s !== "" && s !== ".");
  if (segments.includes("..")) {
    throw new ControlRefusal("InvalidParameterValue", `${field} "${launchPath}" leaves the build folder with ".."`, field);
  }
  if (segments.length === 0) {
    throw new ControlRefusal("InvalidParameterValue", `${field} "${launchPath}" names the build folder, not a file in it`, field);
  }
  return segments.join("/");
}

/** The absolute path of a LaunchPath in a build unpacked at `buildDir`. */
export function resolveLaunchPath(buildDir: string, launchPath: string, field = "LaunchPath"): string {
  const root = resolve(buildDir);
  const path = resolve(root, launchPathInBuild(launchPath, field));
  // launchPathInBuild already refused "..": this is the belt to its braces.
  if (!path.startsWith(root + sep)) {
    throw new ControlRefusal("InvalidParameterValue", `${field} "${launchPath}" resolves outside the build folder`, field);
  }
  return path;
}
