import { GameServerGrpcSdkServiceDefinition } from "../../generated/tencentcloud/gse/grpcsdk/GameServerGrpcSdkService.js";
import { GseGrpcSdkServiceDefinition } from "../../generated/tencentcloud/gse/grpcsdk/GseGrpcSdkService.js";

type MethodNames<D extends { readonly methods: Readonly<Record<string, { readonly name: string }>> }> = D["methods"][keyof D["methods"]]["name"];

/** GseGrpcSdkService methods (PascalCase, as on the wire): the calls game processes make to the agent. */
export type AgentMethod = MethodNames<typeof GseGrpcSdkServiceDefinition>;
/** GameServerGrpcSdkService methods: the calls the agent makes to game processes. */
export type ProcessMethod = MethodNames<typeof GameServerGrpcSdkServiceDefinition>;

/** Every agent method, in the proto's order, read from the generated definition. */
export const AGENT_METHODS: readonly AgentMethod[] = Object.freeze(Object.values(GseGrpcSdkServiceDefinition.methods).map((m) => m.name));
/** Every method of a game process, in the proto's order. */
export const PROCESS_METHODS: readonly ProcessMethod[] = Object.freeze(Object.values(GameServerGrpcSdkServiceDefinition.methods).map((m) => m.name));

/** `/tencentcloud.gse.grpcsdk.GseGrpcSdkService` */
export const AGENT_SERVICE_PATH = `/${GseGrpcSdkServiceDefinition.fullName}`;
/** `/tencentcloud.gse.grpcsdk.GameServerGrpcSdkService` */
export const PROCESS_SERVICE_PATH = `/${GameServerGrpcSdkServiceDefinition.fullName}`;

/** The method name of a gRPC path: `/pkg.Service/Method` → `Method`. */
export function methodOfPath(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}
