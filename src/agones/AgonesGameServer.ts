/**
 * The GameServer as the official Node SDK hands it over (google-protobuf's
 * toObject of agones.dev.sdk.GameServer, proto/sdk/sdk.proto): maps become
 * `[key, value][]` named `...Map`, repeated fields `...List`. Only what the
 * SDK reads is typed; every field may be absent on the wire, so each is
 * optional and read defensively.
 */
export interface AgonesGameServer {
  objectMeta?: {
    name?: string;
    namespace?: string;
    uid?: string;
    creationTimestamp?: number;
    deletionTimestamp?: number;
    annotationsMap?: [string, string][];
    labelsMap?: [string, string][];
  };
  spec?: {
    health?: { disabled?: boolean; periodSeconds?: number; failureThreshold?: number; initialDelaySeconds?: number };
  };
  status?: {
    state?: string;
    address?: string;
    portsList?: { name?: string; port?: number }[];
    players?: { count?: number; capacity?: number; idsList?: string[] };
    countersMap?: [string, { count?: number; capacity?: number }][];
    listsMap?: [string, { capacity?: number; valuesList?: string[] }][];
  };
}

/** The value of `key` in one of the SDK's `[key, value][]` maps. */
export function mapValue<V>(entries: [string, V][] | undefined, key: string): V | undefined {
  if (!Array.isArray(entries)) return undefined;
  for (const entry of entries) if (Array.isArray(entry) && entry[0] === key) return entry[1];
  return undefined;
}
