import { MAX_INSTANCE_HISTORY, MAX_PROCESSES_PER_LIFE, type InstanceRecord, type InstanceUsageRecord } from "../records.js";
import type { ControlStore } from "./ControlStore.js";

/** One instance's use within a window: what a DescribeFleetStatisticDetails row says. */
export interface UsageRow {
  readonly fleetId: string;
  readonly instanceId: string;
  readonly ipAddress: string;
  /** The part of its life inside the window. */
  readonly from: number;
  readonly to: number;
  readonly seconds: number;
}

export interface UsageDomain {
  /** An instance started: its life begins now. */
  begin(instance: InstanceRecord): void;
  /** The instance is gone: its life ends now and is kept (bounded). */
  end(instanceId: string): void;
  /** A process registered on the instance (ProcessReady); a pid seen before is replaced, at the end. */
  processJoined(instanceId: string, pid: number, registeredAt: number): void;
  /** The instance's life (kept after it ended, while the history holds it). */
  life(instanceId: string): InstanceUsageRecord | undefined;
  /** A game server session on the instance ended. */
  sessionEnded(instanceId: string, seconds: number, playerSessions: number): void;
  /** Every kept life, live or ended, oldest first (optionally of one fleet). */
  lives(fleetId?: string): InstanceUsageRecord[];
  /** Each life's overlap with [from, to), clipped to now; lives that do not overlap are left out. */
  rows(from: number, to: number, fleetId?: string): UsageRow[];
}

/**
 * The fleet statistics' history: one record per instance life, written when
 * an instance starts and ends and when a session on it ends, so statistics
 * count instances that are gone. Ended lives past MAX_INSTANCE_HISTORY are
 * forgotten oldest first; a live one never is (instances are bounded by the
 * instance limit).
 */
export function createUsageDomain(store: ControlStore, limit = MAX_INSTANCE_HISTORY): UsageDomain {
  const table = store.tables.instanceUsage;
  const domain: UsageDomain = {
    begin(instance) {
      store.put("instanceUsage", {
        instanceId: instance.instanceId,
        fleetId: instance.fleetId,
        ipAddress: instance.ipAddress,
        beginTime: instance.createTime,
        endTime: undefined,
        sessions: 0,
        sessionSeconds: 0,
        playerSessions: 0,
        processes: [],
      });
    },
    processJoined(instanceId, pid, registeredAt) {
      const life = table.get(instanceId);
      if (!life) return;
      const processes = [...(life.processes ?? []).filter((p) => p.pid !== pid), { pid, registeredAt }].slice(-MAX_PROCESSES_PER_LIFE);
      store.update("instanceUsage", life, { processes });
    },
    life: (instanceId) => table.get(instanceId),
    end(instanceId) {
      const life = table.get(instanceId);
      if (!life || life.endTime !== undefined) return;
      store.update("instanceUsage", life, { endTime: store.clock.now() });
      // Counted here, not kept: the table may have been loaded from a state directory. Instances end rarely.
      let ended = 0;
      for (const l of table.values()) if (l.endTime !== undefined) ended++;
      if (ended <= limit) return;
      // Insertion order is begin order: the first ended ones are the oldest.
      for (const old of table.values()) {
        if (ended <= limit) break;
        if (old.endTime === undefined) continue;
        store.delete("instanceUsage", old.instanceId);
        ended--;
      }
    },
    sessionEnded(instanceId, seconds, playerSessions) {
      const life = table.get(instanceId);
      if (!life) return;
      store.update("instanceUsage", life, {
        sessions: life.sessions + 1,
        sessionSeconds: life.sessionSeconds + Math.max(0, seconds),
        playerSessions: life.playerSessions + playerSessions,
      });
    },
    lives: (fleetId) => [...table.values()].filter((l) => fleetId === undefined || l.fleetId === fleetId),
    rows(from, to, fleetId) {
      const now = store.clock.now();
      return domain.lives(fleetId).flatMap((life) => {
        const start = Math.max(from, life.beginTime);
        const end = Math.min(to, life.endTime ?? now, now);
        return end > start
          ? [{ fleetId: life.fleetId, instanceId: life.instanceId, ipAddress: life.ipAddress, from: start, to: end, seconds: Math.floor((end - start) / 1000) }]
          : [];
      });
    },
  };
  return domain;
}

/** One bucket of DescribeFleetStatisticFlows: instance seconds from `begin` for `lengthMs`. */
export interface UsageBucket {
  readonly begin: number;
  readonly seconds: number;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * The rows' seconds per hour (windows up to two days: TimeType "HOUR") or
 * per day (longer: "DAY"), UTC-aligned, from the first bucket holding any
 * use to the window's end. api.json: 统计时间类型，取值：小时和天.
 */
export function usageBuckets(rows: readonly UsageRow[], from: number, to: number): { timeType: "HOUR" | "DAY"; buckets: UsageBucket[] } {
  if (rows.length === 0) return { timeType: to - from <= 2 * DAY_MS ? "HOUR" : "DAY", buckets: [] };
  let start = Infinity;
  let end = -Infinity;
  for (const r of rows) {
    start = Math.min(start, r.from);
    end = Math.max(end, r.to);
  }
  start = Math.max(from, start);
  end = Math.min(to, end);
  const timeType = end - start <= 2 * DAY_MS ? "HOUR" : "DAY";
  const size = timeType === "HOUR" ? HOUR_MS : DAY_MS;
  const buckets: { begin: number; ms: number }[] = [];
  for (let at = Math.floor(start / size) * size; at < end; at += size) buckets.push({ begin: at, ms: 0 });
  for (const row of rows) {
    for (let i = Math.max(0, Math.floor((row.from - buckets[0]!.begin) / size)); i < buckets.length; i++) {
      const bucket = buckets[i]!;
      if (bucket.begin >= row.to) break;
      bucket.ms += Math.max(0, Math.min(row.to, bucket.begin + size) - Math.max(row.from, bucket.begin));
    }
  }
  return { timeType, buckets: buckets.map((b) => ({ begin: b.begin, seconds: Math.floor(b.ms / 1000) })) };
}
