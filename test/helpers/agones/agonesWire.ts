// The Agones SDK's wire format for the test counterpart, in protobufjs.
//
// @google-cloud/agones-sdk ships grpc-js service definitions and
// google-protobuf messages but no .proto files, and its google-protobuf
// (4.0.1) cannot encode map fields: a server built on those messages fails
// with "Error serializing response" once a GameServer carries a label. So
// the counterpart declares the messages itself, with the field numbers of
// Agones' proto/sdk/sdk.proto, alpha/alpha.proto and beta/beta.proto (read
// at googleforgames/agones b19d5fe), and lets protobufjs encode them. The
// client under test keeps using the official SDK's own codecs, so a wrong
// number here fails the tests.
import protobuf from "protobufjs";

const SCHEMA = `
syntax = "proto3";
package google.protobuf;
message Int64Value { int64 value = 1; }
message FieldMask { repeated string paths = 1; }
`;

const SDK = `
syntax = "proto3";
package agones.dev.sdk;
message Empty {}
message KeyValue { string key = 1; string value = 2; }
message Duration { int64 seconds = 1; }
message GameServer {
  ObjectMeta object_meta = 1;
  Spec spec = 2;
  Status status = 3;
  message ObjectMeta {
    string name = 1; string namespace = 2; string uid = 3; string resource_version = 4;
    int64 generation = 5; int64 creation_timestamp = 6; int64 deletion_timestamp = 7;
    map<string, string> annotations = 8; map<string, string> labels = 9;
  }
  message Spec {
    Health health = 1;
    message Health { bool disabled = 1; int32 period_seconds = 2; int32 failure_threshold = 3; int32 initial_delay_seconds = 4; }
  }
  message Status {
    message Address { string type = 1; string address = 2; }
    message Port { string name = 1; int32 port = 2; }
    message PlayerStatus { int64 count = 1; int64 capacity = 2; repeated string ids = 3; }
    message CounterStatus { int64 count = 1; int64 capacity = 2; }
    message ListStatus { int64 capacity = 1; repeated string values = 2; }
    string state = 1; string address = 2; repeated Address addresses = 7; repeated Port ports = 3;
    PlayerStatus players = 4; map<string, CounterStatus> counters = 5; map<string, ListStatus> lists = 6;
  }
}
`;

const ALPHA = `
syntax = "proto3";
package agones.dev.sdk.alpha;
message Empty {}
message Count { int64 count = 1; }
message Bool { bool bool = 1; }
message PlayerID { string playerID = 1; }
message PlayerIDList { repeated string list = 1; }
`;

const BETA = `
syntax = "proto3";
package agones.dev.sdk.beta;
message Empty {}
message Counter { string name = 1; int64 count = 2; int64 capacity = 3; }
message CounterUpdateRequest { string name = 1; google.protobuf.Int64Value count = 2; google.protobuf.Int64Value capacity = 3; int64 countDiff = 4; }
message GetCounterRequest { string name = 1; }
message UpdateCounterRequest { CounterUpdateRequest counterUpdateRequest = 1; }
message List { string name = 1; int64 capacity = 2; repeated string values = 3; }
message GetListRequest { string name = 1; }
message UpdateListRequest { List list = 1; google.protobuf.FieldMask update_mask = 2; }
message AddListValueRequest { string name = 1; string value = 2; }
message RemoveListValueRequest { string name = 1; string value = 2; }
`;

const root = new protobuf.Root();
for (const source of [SCHEMA, SDK, ALPHA, BETA]) protobuf.parse(source, root, { keepCase: false });
root.resolveAll();

export type Codec = { encode(value: object): Buffer; decode(bytes: Buffer): Record<string, unknown> };

export function codec(typeName: string): Codec {
  const type = root.lookupType(typeName);
  return {
    encode: (value) => Buffer.from(type.encode(type.fromObject(value)).finish()),
    decode: (bytes) => type.toObject(type.decode(bytes), { longs: Number, defaults: true, arrays: true, objects: true }) as Record<string, unknown>,
  };
}

/** One method of a service: path, streaming, request and response types. */
export interface WireMethod {
  name: string;
  path: string;
  requestStream: boolean;
  responseStream: boolean;
  request: Codec;
  response: Codec;
}

function method(service: string, name: string, request: string, response: string, stream: "" | "client" | "server" = ""): WireMethod {
  const lower = name.charAt(0).toLowerCase() + name.slice(1);
  return {
    name: lower,
    path: `/${service}/${name}`,
    requestStream: stream === "client",
    responseStream: stream === "server",
    request: codec(request),
    response: codec(response),
  };
}

const S = "agones.dev.sdk";
const A = "agones.dev.sdk.alpha";
const B = "agones.dev.sdk.beta";

export const SDK_METHODS = [
  method(`${S}.SDK`, "Ready", `${S}.Empty`, `${S}.Empty`),
  method(`${S}.SDK`, "Allocate", `${S}.Empty`, `${S}.Empty`),
  method(`${S}.SDK`, "Shutdown", `${S}.Empty`, `${S}.Empty`),
  method(`${S}.SDK`, "Health", `${S}.Empty`, `${S}.Empty`, "client"),
  method(`${S}.SDK`, "GetGameServer", `${S}.Empty`, `${S}.GameServer`),
  method(`${S}.SDK`, "WatchGameServer", `${S}.Empty`, `${S}.GameServer`, "server"),
  method(`${S}.SDK`, "SetLabel", `${S}.KeyValue`, `${S}.Empty`),
  method(`${S}.SDK`, "SetAnnotation", `${S}.KeyValue`, `${S}.Empty`),
  method(`${S}.SDK`, "Reserve", `${S}.Duration`, `${S}.Empty`),
];

export const ALPHA_METHODS = [
  method(`${A}.SDK`, "PlayerConnect", `${A}.PlayerID`, `${A}.Bool`),
  method(`${A}.SDK`, "PlayerDisconnect", `${A}.PlayerID`, `${A}.Bool`),
  method(`${A}.SDK`, "SetPlayerCapacity", `${A}.Count`, `${A}.Empty`),
  method(`${A}.SDK`, "GetPlayerCapacity", `${A}.Empty`, `${A}.Count`),
  method(`${A}.SDK`, "GetPlayerCount", `${A}.Empty`, `${A}.Count`),
  method(`${A}.SDK`, "IsPlayerConnected", `${A}.PlayerID`, `${A}.Bool`),
  method(`${A}.SDK`, "GetConnectedPlayers", `${A}.Empty`, `${A}.PlayerIDList`),
];

export const BETA_METHODS = [
  method(`${B}.SDK`, "GetCounter", `${B}.GetCounterRequest`, `${B}.Counter`),
  method(`${B}.SDK`, "UpdateCounter", `${B}.UpdateCounterRequest`, `${B}.Counter`),
  method(`${B}.SDK`, "GetList", `${B}.GetListRequest`, `${B}.List`),
  method(`${B}.SDK`, "UpdateList", `${B}.UpdateListRequest`, `${B}.List`),
  method(`${B}.SDK`, "AddListValue", `${B}.AddListValueRequest`, `${B}.List`),
  method(`${B}.SDK`, "RemoveListValue", `${B}.RemoveListValueRequest`, `${B}.List`),
];
