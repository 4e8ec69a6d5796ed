// Where the package is installed, found through its own name so the bench
// works from dist/bench, from a scratch build directory, or from a clone.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);

/** The directory holding gse-sdk's package.json. */
export const packageRoot: string = dirname(require.resolve("gse-sdk/package.json"));

/** The .proto files, as the official Node demo loads them. */
export const protoRoot: string = join(packageRoot, "proto");

/** A compiled module of the generated bindings, outside the package's public exports. */
export function generatedModuleUrl(name: "GseGrpcSdkService" | "GameServerGrpcSdkService"): string {
  return pathToFileURL(join(packageRoot, "dist/generated/tencentcloud/gse/grpcsdk", `${name}.js`)).href;
}
