// gse-local says why it refuses, where a program must act on it: the
// gse-refusal trailer (src/protocol/refusal.ts) beside the protocol's own
// refusal. A raw nice-grpc client reads it, as any client could.
import assert from "node:assert/strict";
import { test } from "node:test";
import { createChannel, createClient, Metadata, type ClientError } from "nice-grpc";
import { GseGrpcSdkServiceDefinition, GseResponse_Status, REFUSAL_METADATA } from "gse-sdk";
import { createGseLocal } from "gse-sdk/local";

test("unknown-process for an unregistered pid, unknown-session for a session not the caller's, nothing for other refusals; repeats too", async () => {
  const local = await createGseLocal({ grpcPort: 0, httpPort: 0 });
  const channel = createChannel(local.agentAddress);
  const client = createClient(GseGrpcSdkServiceDefinition, channel);
  try {
    let trailer: string | undefined;
    const options = (requestId: string, pid = process.pid) => ({
      metadata: Metadata({ pid: String(pid), requestId }),
      onTrailer: (t: Metadata) => (trailer = t.get(REFUSAL_METADATA)),
    });
    const unregistered = await client.reportCustomData({ currentCustomCount: 1, maxCustomCount: 2 }, options("r1"));
    assert.equal(unregistered.status, GseResponse_Status.ERROR_400);
    assert.equal(trailer, "unknown-process");
    // A repeated requestId gets the reason again, not only the remembered reply.
    trailer = undefined;
    await client.reportCustomData({ currentCustomCount: 1, maxCustomCount: 2 }, options("r1"));
    assert.equal(trailer, "unknown-process");

    await client.processReady({ clientPort: 7777, grpcPort: 7778, logPathsToUpload: [] }, options("r2"));
    trailer = undefined;
    const noSession = await client.acceptPlayerSession({ gameServerSessionId: "gss-nope", playerSessionId: "ps-1" }, options("r3"));
    assert.equal(noSession.status, GseResponse_Status.ERROR_400);
    assert.equal(trailer, "unknown-session");
    trailer = undefined;
    await assert.rejects(
      client.describePlayerSessions({ gameServerSessionId: "gss-nope", playerId: "", playerSessionId: "", playerSessionStatusFilter: "", nextToken: "", limit: 1 }, options("r4")),
      (e: ClientError) => e.details.includes("gss-nope"),
    );
    assert.equal(trailer, "unknown-session");
    // A refusal with no reason a program acts on carries no trailer.
    trailer = undefined;
    const bad = await client.updatePlayerSessionCreationPolicy({ gameServerSessionId: "", newPlayerSessionCreationPolicy: "SOMETIMES" }, options("r5"));
    assert.equal(bad.status, GseResponse_Status.ERROR_400);
    assert.equal(trailer, undefined);
  } finally {
    channel.close();
    await local.close();
  }
});
