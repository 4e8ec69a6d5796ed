/**
 * All 74 actions of GSE's cloud API (gse 2019-11-12, api.json), each with
 * the family that serves it in gse-local. Nothing here is InvalidAction:
 * `other` actions are answered by answerOtherAction, either with a local
 * answer or UnsupportedOperation saying why the action has no local meaning.
 */
export const GSE_ACTIONS = {
  // Sessions, players and placements: the core's actions.
  CreateGameServerSession: "sessions",
  DescribeGameServerSessions: "sessions",
  DescribeGameServerSessionDetails: "sessions",
  SearchGameServerSessions: "sessions",
  UpdateGameServerSession: "sessions",
  JoinGameServerSession: "sessions",
  JoinGameServerSessionBatch: "sessions",
  DescribePlayerSessions: "sessions",
  StartGameServerSessionPlacement: "sessions",
  DescribeGameServerSessionPlacement: "sessions",
  StopGameServerSessionPlacement: "sessions",
  GetGameServerSessionLogUrl: "sessions",
  EndGameServerSessionAndProcess: "sessions",
  // Assets.
  CreateAsset: "assets",
  DescribeAsset: "assets",
  DescribeAssets: "assets",
  UpdateAsset: "assets",
  DeleteAsset: "assets",
  DescribeAssetSystems: "assets",
  GetUploadCredentials: "assets",
  GetUploadFederationToken: "assets",
  CreateAssetWithImage: "other",
  // Fleets.
  CreateFleet: "fleets",
  CopyFleet: "fleets",
  DeleteFleet: "fleets",
  DescribeFleetAttributes: "fleets",
  ListFleets: "fleets",
  UpdateFleetAttributes: "fleets",
  UpdateFleetName: "fleets",
  DescribeFleetEvents: "fleets",
  DescribeRuntimeConfiguration: "fleets",
  UpdateRuntimeConfiguration: "fleets",
  DescribeFleetPortSettings: "fleets",
  UpdateFleetPortSettings: "fleets",
  DescribeFleetRelatedResources: "fleets",
  // Instances and capacity.
  DescribeInstances: "instances",
  DescribeInstancesExtend: "instances",
  SetServerWeight: "instances",
  SetServerReserved: "instances",
  UpdateFleetCapacity: "instances",
  DescribeFleetCapacity: "instances",
  DescribeFleetUtilization: "instances",
  DescribeFleetStatisticSummary: "instances",
  DescribeFleetStatisticDetails: "instances",
  DescribeFleetStatisticFlows: "instances",
  GetGameServerInstanceLogUrl: "instances",
  // Scaling.
  PutScalingPolicy: "scaling",
  DescribeScalingPolicies: "scaling",
  DeleteScalingPolicy: "scaling",
  StartFleetActions: "scaling",
  StopFleetActions: "scaling",
  PutTimerScalingPolicy: "scaling",
  DescribeTimerScalingPolicies: "scaling",
  DeleteTimerScalingPolicy: "scaling",
  // Aliases.
  CreateAlias: "aliases",
  DescribeAlias: "aliases",
  ListAliases: "aliases",
  UpdateAlias: "aliases",
  DeleteAlias: "aliases",
  ResolveAlias: "aliases",
  // Queues.
  CreateGameServerSessionQueue: "queues",
  DescribeGameServerSessionQueues: "queues",
  UpdateGameServerSessionQueue: "queues",
  DeleteGameServerSessionQueue: "queues",
  // Account, network, storage and machines: no local meaning, or a plausible local answer.
  DescribeInstanceTypes: "other",
  DescribeInstanceLimit: "other",
  DescribeUserQuota: "other",
  DescribeUserQuotas: "other",
  AttachCcnInstances: "other",
  DetachCcnInstances: "other",
  DescribeCcnInstances: "other",
  GetInstanceAccess: "other",
  UpdateBucketAccelerateOpt: "other",
  UpdateBucketCORSOpt: "other",
} as const;

/** The name of a GSE cloud API action. */
export type GseActionName = keyof typeof GSE_ACTIONS;
/** Which part of gse-local serves an action. */
export type GseActionFamily = (typeof GSE_ACTIONS)[GseActionName];

export function isGseAction(name: string): name is GseActionName {
  return Object.hasOwn(GSE_ACTIONS, name);
}
