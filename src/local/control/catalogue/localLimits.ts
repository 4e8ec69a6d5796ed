/** How much of each resource one gse-local holds: its "quota", answered by DescribeUserQuota(s) and enforced on create. */
export interface LocalLimits {
  readonly assets: number;
  readonly fleets: number;
  readonly aliases: number;
  readonly queues: number;
  /** Instances across all fleets; also each fleet's MaxSize bound (DescribeInstanceLimit). */
  readonly instances: number;
}

export const DEFAULT_LOCAL_LIMITS: Readonly<LocalLimits> = Object.freeze({
  assets: 100,
  fleets: 50,
  aliases: 100,
  queues: 100,
  instances: 200,
});

/** api.json's QuotaResource.ResourceType numbering. */
export const QUOTA_RESOURCE_TYPES = { 1: "assets", 2: "fleets", 3: "aliases", 4: "queues", 5: "instances" } as const;
