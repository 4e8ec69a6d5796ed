import { ControlRefusal } from "../ControlRefusal.js";
import { QUOTA_RESOURCE_TYPES, type LocalLimits } from "./localLimits.js";

/** What the local answers need to know of the control plane's current state. */
export interface OtherActionContext {
  readonly limits: LocalLimits;
  readonly usage: Readonly<Record<keyof LocalLimits, number>>;
}

/**
 * The one local instance type: every instance is this host. Its CPU and
 * memory are reported as 0 rather than guessed from this machine, so no
 * script sizes itself on numbers that would differ in the cloud.
 */
export const LOCAL_INSTANCE_TYPE = "LOCAL.HOST";

const UNSUPPORTED: Readonly<Record<string, string>> = {
  AttachCcnInstances: "Cloud Connect Network (CCN) joins cloud VPCs; gse-local runs every fleet on this host's loopback network",
  DetachCcnInstances: "Cloud Connect Network (CCN) joins cloud VPCs; gse-local runs every fleet on this host's loopback network",
  GetInstanceAccess: "instances are this host: there is no remote machine to log in to (use the process's own shell and logs)",
  UpdateBucketAccelerateOpt: "the asset directory stands in for the COS bucket; it has no global acceleration to configure",
  UpdateBucketCORSOpt: "the asset directory stands in for the COS bucket; it has no CORS rules to configure",
  CreateAssetWithImage: "image assets are CVM images; gse-local runs builds from zips in the asset directory (use CreateAsset)",
};

/**
 * Answers the actions of api.json that have no control-plane state of
 * their own: the machines, quotas and cloud plumbing. Returns the Response
 * body, or throws UnsupportedOperation with the reason.
 */
export function answerOtherAction(action: string, params: Record<string, unknown>, context: OtherActionContext): Record<string, unknown> {
  const reason = UNSUPPORTED[action];
  if (reason !== undefined) {
    throw new ControlRefusal("UnsupportedOperation", `${action} has no local meaning: ${reason}.`);
  }
  switch (action) {
    case "DescribeInstanceTypes":
      return {
        InstanceTypeList: [{ TypeName: "gse-local host", InstanceType: LOCAL_INSTANCE_TYPE, Cpu: 0, Memory: 0, NetworkCard: 0 }],
      };
    case "DescribeInstanceLimit":
      return { Limit: context.limits.instances, ExtraInfos: [] };
    case "DescribeCcnInstances":
      return { CcnInstanceSets: [] };
    case "DescribeUserQuotas": {
      const all = Object.entries(QUOTA_RESOURCE_TYPES).map(([type, key]) => quota(Number(type), key, context));
      return { QuotaResource: all, Total: all.length };
    }
    case "DescribeUserQuota": {
      const type = params.ResourceType;
      const key = QUOTA_RESOURCE_TYPES[type as keyof typeof QUOTA_RESOURCE_TYPES];
      if (key === undefined) {
        throw new ControlRefusal(
          "InvalidParameterValue",
          `ResourceType ${JSON.stringify(type)} is not one of 1 (assets), 2 (fleets), 3 (aliases), 4 (queues), 5 (instances)`,
          "ResourceType",
        );
      }
      return { QuotaResource: quota(type as number, key, context) };
    }
    default:
      throw new ControlRefusal("UnsupportedOperation", `${action} is not answered by gse-local.`);
  }
}

function quota(type: number, key: keyof LocalLimits, context: OtherActionContext) {
  return {
    ResourceType: type,
    HardLimit: context.limits[key],
    Remaining: Math.max(0, context.limits[key] - context.usage[key]),
    ExtraInfo: "gse-local",
  };
}
