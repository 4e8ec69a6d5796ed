// Compile-only checks of gse-sdk/cloud's types (see publicApi.types.ts).
import { createGseCloudClient, type GameServerSession, type GseCloudRequest, type GseCloudResponse } from "gse-sdk/cloud";

export async function typed(): Promise<void> {
  const cloud = createGseCloudClient({ endpoint: "127.0.0.1:8080", protocol: "http://", secretId: "a", secretKey: "b" });
  const created = await cloud.CreateGameServerSession({ FleetId: "fleet-a", MaximumPlayerSessionCount: 2 });
  const session: GameServerSession | null = created.GameServerSession;
  void session;
  // @ts-expect-error MaximumPlayerSessionCount is required
  await cloud.CreateGameServerSession({ FleetId: "fleet-a" });
  // @ts-expect-error the count is a number
  await cloud.call("CreateGameServerSession", { FleetId: "fleet-a", MaximumPlayerSessionCount: "2" });
  // @ts-expect-error no such action
  await cloud.call("CreateGameServerSessions", {});
  const placement = await cloud.placeGameServerSession({ PlacementId: "p", GameServerSessionQueueName: "q", MaximumPlayerSessionCount: 1 });
  // Nullable in the spec: the type says so.
  // @ts-expect-error IpAddress may be null
  const ip: string = placement.IpAddress;
  void ip;
  const request: GseCloudRequest<"JoinGameServerSessionBatch"> = { GameServerSessionId: "g", PlayerIds: ["a"] };
  const response: GseCloudResponse<"JoinGameServerSessionBatch">["PlayerSessions"] = null;
  void request;
  void response;
}
