// Reads a V8 .cpuprofile (node --cpu-prof) and says who the time belongs to.
// Self time in Node internals and builtins (AbortSignal.timeout, Map, Promise
// machinery) is charged to the nearest caller that belongs to a package, so
// "gse-sdk" includes what our code makes the runtime do, not only its own lines.
import { readFileSync } from "node:fs";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export type Owner =
  | "gse-sdk"
  | "generated code"
  | "nice-grpc"
  | "grpc-js"
  | "protobuf (@bufbuild)"
  | "uuid"
  | "bench harness"
  | "node runtime"
  | "GC"
  | "idle";

export interface Frame {
  name: string;
  where: string;
  owner: Owner;
  selfMs: number;
}

export interface ProfileSummary {
  /** Milliseconds sampled, idle excluded. */
  busyMs: number;
  /** Attributed self time per owner, ms. */
  byOwner: Partial<Record<Owner, number>>;
  /** The heaviest frames by self time (idle excluded), with their owner. */
  topFrames: Frame[];
  /** The heaviest frames inside our own code or charged to it. */
  topOursFrames: Frame[];
  /** Every frame (idle excluded), heaviest first. */
  allFrames: Frame[];
}

function ownerOfUrl(url: string, candidateMarker: string | undefined): Owner | undefined {
  if (url === "") return undefined;
  if (url.includes("/node_modules/nice-grpc") || url.includes("/node_modules/abort-controller-x")) return "nice-grpc";
  if (url.includes("/node_modules/@grpc/grpc-js")) return "grpc-js";
  if (url.includes("/node_modules/@bufbuild")) return "protobuf (@bufbuild)";
  if (url.includes("/node_modules/uuid")) return "uuid";
  if (url.includes("/generated/tencentcloud/")) return "generated code";
  if (url.includes("/dist/src/") || (candidateMarker !== undefined && url.includes(candidateMarker))) return "gse-sdk";
  if (url.includes("/bench/")) return "bench harness";
  return undefined;
}

export function summarizeProfile(path: string, candidateMarker?: string): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, "utf8")) as CpuProfile;
  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const owners = new Map<number, Owner>();
  const ownerOf = (id: number): Owner => {
    const known = owners.get(id);
    if (known) return known;
    const node = byId.get(id)!;
    const name = node.callFrame.functionName;
    let owner: Owner;
    if (name === "(garbage collector)") owner = "GC";
    else if (name === "(idle)") owner = "idle";
    else {
      const direct = ownerOfUrl(node.callFrame.url, candidateMarker);
      const up = parent.get(id);
      owner = direct ?? (up === undefined ? "node runtime" : ownerOf(up));
    }
    owners.set(id, owner);
    return owner;
  };

  const selfUs = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    // timeDeltas[i] is the gap before sample i; charge it to that sample.
    const id = profile.samples[i]!;
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }

  const byOwner: Partial<Record<Owner, number>> = {};
  const frames = new Map<string, Frame>();
  let busyUs = 0;
  for (const [id, us] of selfUs) {
    const owner = ownerOf(id);
    byOwner[owner] = (byOwner[owner] ?? 0) + us / 1000;
    if (owner === "idle") continue;
    busyUs += us;
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const where = url === "" ? "(native)" : `${url.replace(/^.*\/(node_modules|dist|\.helper-dist)\//, "$1/").replace(/^file:\/\//, "")}:${lineNumber + 1}`;
    const name = functionName || "(anonymous)";
    const key = `${name}@${where}@${owner}`;
    const frame = frames.get(key) ?? { name, where, owner, selfMs: 0 };
    frame.selfMs += us / 1000;
    frames.set(key, frame);
  }
  const sorted = [...frames.values()].sort((a, b) => b.selfMs - a.selfMs);
  return {
    busyMs: busyUs / 1000,
    byOwner,
    topFrames: sorted.slice(0, 15),
    topOursFrames: sorted.filter((f) => f.owner === "gse-sdk").slice(0, 10),
    allFrames: sorted,
  };
}
