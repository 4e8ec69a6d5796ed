import { GseError } from "../errors/GseError.js";

/** Where the game runs: GSE (or gse-local), or Agones. */
export type Platform = "gse" | "agones";

/** Names the platform explicitly: "gse" or "agones". */
export const PLATFORM_ENV = "GSE_PLATFORM";
/** Set by Agones in every game server container (the SDK sidecar's gRPC port). */
export const AGONES_PORT_ENV = "AGONES_SDK_GRPC_PORT";

/**
 * Where the game runs. Precedence: the `platform` option, then
 * $GSE_PLATFORM, then Agones when $AGONES_SDK_GRPC_PORT is set (Agones sets
 * it in every game server container), else GSE.
 */
export function resolvePlatform(option: string | undefined, env: NodeJS.ProcessEnv = process.env): { platform: Platform; source: string } {
  if (option !== undefined) return { platform: requirePlatform("platform", option), source: "option" };
  const named = env[PLATFORM_ENV];
  if (named !== undefined && named !== "") return { platform: requirePlatform(PLATFORM_ENV, named), source: PLATFORM_ENV };
  if (env[AGONES_PORT_ENV] !== undefined && env[AGONES_PORT_ENV] !== "") return { platform: "agones", source: AGONES_PORT_ENV };
  return { platform: "gse", source: "default" };
}

function requirePlatform(field: string, value: string): Platform {
  if (value === "gse" || value === "agones") return value;
  throw new GseError("BAD_REQUEST_EXCEPTION", `${field} must be "gse" or "agones", got '${String(value).slice(0, 40)}'`, { field });
}
