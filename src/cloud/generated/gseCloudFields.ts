// DO NOT EDIT. Written by scripts/generate-cloud-types.js from
// spec/gse-cloud-api/api.json (gse 2019-11-12): every request member's
// type, whether it is required, and the limits its Chinese document states in one of the
// forms the script reads (lengths in ASCII characters, ranges, list sizes, patterns).

import type { GseCloudMemberSpec } from "../GseCloudMemberSpec.js";
import type * as Api from "./gseCloudApi.js";

/** Every object a request can hold, by its api.json name. */
export interface GseCloudRequestObjects {
  AttachCcnInstancesRequest: Api.AttachCcnInstancesRequest;
  CopyFleetRequest: Api.CopyFleetRequest;
  InboundPermission: Api.InboundPermission;
  ResourceCreationLimitPolicy: Api.ResourceCreationLimitPolicy;
  RuntimeConfiguration: Api.RuntimeConfiguration;
  ServerProcesse: Api.ServerProcesse;
  Tag: Api.Tag;
  DiskInfo: Api.DiskInfo;
  CcnInfo: Api.CcnInfo;
  CreateAliasRequest: Api.CreateAliasRequest;
  RoutingStrategy: Api.RoutingStrategy;
  CreateAssetRequest: Api.CreateAssetRequest;
  CreateAssetWithImageRequest: Api.CreateAssetWithImageRequest;
  CreateFleetRequest: Api.CreateFleetRequest;
  CreateGameServerSessionRequest: Api.CreateGameServerSessionRequest;
  GameProperty: Api.GameProperty;
  CreateGameServerSessionQueueRequest: Api.CreateGameServerSessionQueueRequest;
  GameServerSessionQueueDestination: Api.GameServerSessionQueueDestination;
  PlayerLatencyPolicy: Api.PlayerLatencyPolicy;
  DeleteAliasRequest: Api.DeleteAliasRequest;
  DeleteAssetRequest: Api.DeleteAssetRequest;
  DeleteFleetRequest: Api.DeleteFleetRequest;
  DeleteGameServerSessionQueueRequest: Api.DeleteGameServerSessionQueueRequest;
  DeleteScalingPolicyRequest: Api.DeleteScalingPolicyRequest;
  DeleteTimerScalingPolicyRequest: Api.DeleteTimerScalingPolicyRequest;
  DescribeAliasRequest: Api.DescribeAliasRequest;
  DescribeAssetRequest: Api.DescribeAssetRequest;
  DescribeAssetsRequest: Api.DescribeAssetsRequest;
  Filter: Api.Filter;
  DescribeAssetSystemsRequest: Api.DescribeAssetSystemsRequest;
  DescribeCcnInstancesRequest: Api.DescribeCcnInstancesRequest;
  DescribeFleetAttributesRequest: Api.DescribeFleetAttributesRequest;
  DescribeFleetCapacityRequest: Api.DescribeFleetCapacityRequest;
  DescribeFleetEventsRequest: Api.DescribeFleetEventsRequest;
  DescribeFleetPortSettingsRequest: Api.DescribeFleetPortSettingsRequest;
  DescribeFleetRelatedResourcesRequest: Api.DescribeFleetRelatedResourcesRequest;
  DescribeFleetStatisticDetailsRequest: Api.DescribeFleetStatisticDetailsRequest;
  DescribeFleetStatisticFlowsRequest: Api.DescribeFleetStatisticFlowsRequest;
  DescribeFleetStatisticSummaryRequest: Api.DescribeFleetStatisticSummaryRequest;
  DescribeFleetUtilizationRequest: Api.DescribeFleetUtilizationRequest;
  DescribeGameServerSessionDetailsRequest: Api.DescribeGameServerSessionDetailsRequest;
  DescribeGameServerSessionPlacementRequest: Api.DescribeGameServerSessionPlacementRequest;
  DescribeGameServerSessionQueuesRequest: Api.DescribeGameServerSessionQueuesRequest;
  DescribeGameServerSessionsRequest: Api.DescribeGameServerSessionsRequest;
  DescribeInstanceLimitRequest: Api.DescribeInstanceLimitRequest;
  DescribeInstancesRequest: Api.DescribeInstancesRequest;
  DescribeInstancesExtendRequest: Api.DescribeInstancesExtendRequest;
  DescribeInstanceTypesRequest: Api.DescribeInstanceTypesRequest;
  DescribePlayerSessionsRequest: Api.DescribePlayerSessionsRequest;
  DescribeRuntimeConfigurationRequest: Api.DescribeRuntimeConfigurationRequest;
  DescribeScalingPoliciesRequest: Api.DescribeScalingPoliciesRequest;
  DescribeTimerScalingPoliciesRequest: Api.DescribeTimerScalingPoliciesRequest;
  DescribeUserQuotaRequest: Api.DescribeUserQuotaRequest;
  DescribeUserQuotasRequest: Api.DescribeUserQuotasRequest;
  DetachCcnInstancesRequest: Api.DetachCcnInstancesRequest;
  EndGameServerSessionAndProcessRequest: Api.EndGameServerSessionAndProcessRequest;
  GetGameServerInstanceLogUrlRequest: Api.GetGameServerInstanceLogUrlRequest;
  GetGameServerSessionLogUrlRequest: Api.GetGameServerSessionLogUrlRequest;
  GetInstanceAccessRequest: Api.GetInstanceAccessRequest;
  GetUploadCredentialsRequest: Api.GetUploadCredentialsRequest;
  GetUploadFederationTokenRequest: Api.GetUploadFederationTokenRequest;
  JoinGameServerSessionRequest: Api.JoinGameServerSessionRequest;
  JoinGameServerSessionBatchRequest: Api.JoinGameServerSessionBatchRequest;
  PlayerDataMap: Api.PlayerDataMap;
  ListAliasesRequest: Api.ListAliasesRequest;
  ListFleetsRequest: Api.ListFleetsRequest;
  PutScalingPolicyRequest: Api.PutScalingPolicyRequest;
  TargetConfiguration: Api.TargetConfiguration;
  PutTimerScalingPolicyRequest: Api.PutTimerScalingPolicyRequest;
  TimerScalingPolicy: Api.TimerScalingPolicy;
  TimerFleetCapacity: Api.TimerFleetCapacity;
  TimerConfiguration: Api.TimerConfiguration;
  TimerValue: Api.TimerValue;
  ResolveAliasRequest: Api.ResolveAliasRequest;
  SearchGameServerSessionsRequest: Api.SearchGameServerSessionsRequest;
  SetServerReservedRequest: Api.SetServerReservedRequest;
  SetServerWeightRequest: Api.SetServerWeightRequest;
  StartFleetActionsRequest: Api.StartFleetActionsRequest;
  StartGameServerSessionPlacementRequest: Api.StartGameServerSessionPlacementRequest;
  DesiredPlayerSession: Api.DesiredPlayerSession;
  PlayerLatency: Api.PlayerLatency;
  StopFleetActionsRequest: Api.StopFleetActionsRequest;
  StopGameServerSessionPlacementRequest: Api.StopGameServerSessionPlacementRequest;
  UpdateAliasRequest: Api.UpdateAliasRequest;
  UpdateAssetRequest: Api.UpdateAssetRequest;
  UpdateBucketAccelerateOptRequest: Api.UpdateBucketAccelerateOptRequest;
  UpdateBucketCORSOptRequest: Api.UpdateBucketCORSOptRequest;
  UpdateFleetAttributesRequest: Api.UpdateFleetAttributesRequest;
  UpdateFleetCapacityRequest: Api.UpdateFleetCapacityRequest;
  UpdateFleetNameRequest: Api.UpdateFleetNameRequest;
  UpdateFleetPortSettingsRequest: Api.UpdateFleetPortSettingsRequest;
  InboundPermissionAuthorization: Api.InboundPermissionAuthorization;
  InboundPermissionRevocations: Api.InboundPermissionRevocations;
  UpdateGameServerSessionRequest: Api.UpdateGameServerSessionRequest;
  UpdateGameServerSessionQueueRequest: Api.UpdateGameServerSessionQueueRequest;
  UpdateRuntimeConfigurationRequest: Api.UpdateRuntimeConfigurationRequest;
}

export type GseCloudRequestObjectName = keyof GseCloudRequestObjects;

/** The request object of each action. */
export const GSE_CLOUD_ACTION_INPUTS = {
  AttachCcnInstances: "AttachCcnInstancesRequest",
  CopyFleet: "CopyFleetRequest",
  CreateAlias: "CreateAliasRequest",
  CreateAsset: "CreateAssetRequest",
  CreateAssetWithImage: "CreateAssetWithImageRequest",
  CreateFleet: "CreateFleetRequest",
  CreateGameServerSession: "CreateGameServerSessionRequest",
  CreateGameServerSessionQueue: "CreateGameServerSessionQueueRequest",
  DeleteAlias: "DeleteAliasRequest",
  DeleteAsset: "DeleteAssetRequest",
  DeleteFleet: "DeleteFleetRequest",
  DeleteGameServerSessionQueue: "DeleteGameServerSessionQueueRequest",
  DeleteScalingPolicy: "DeleteScalingPolicyRequest",
  DeleteTimerScalingPolicy: "DeleteTimerScalingPolicyRequest",
  DescribeAlias: "DescribeAliasRequest",
  DescribeAsset: "DescribeAssetRequest",
  DescribeAssets: "DescribeAssetsRequest",
  DescribeAssetSystems: "DescribeAssetSystemsRequest",
  DescribeCcnInstances: "DescribeCcnInstancesRequest",
  DescribeFleetAttributes: "DescribeFleetAttributesRequest",
  DescribeFleetCapacity: "DescribeFleetCapacityRequest",
  DescribeFleetEvents: "DescribeFleetEventsRequest",
  DescribeFleetPortSettings: "DescribeFleetPortSettingsRequest",
  DescribeFleetRelatedResources: "DescribeFleetRelatedResourcesRequest",
  DescribeFleetStatisticDetails: "DescribeFleetStatisticDetailsRequest",
  DescribeFleetStatisticFlows: "DescribeFleetStatisticFlowsRequest",
  DescribeFleetStatisticSummary: "DescribeFleetStatisticSummaryRequest",
  DescribeFleetUtilization: "DescribeFleetUtilizationRequest",
  DescribeGameServerSessionDetails: "DescribeGameServerSessionDetailsRequest",
  DescribeGameServerSessionPlacement: "DescribeGameServerSessionPlacementRequest",
  DescribeGameServerSessionQueues: "DescribeGameServerSessionQueuesRequest",
  DescribeGameServerSessions: "DescribeGameServerSessionsRequest",
  DescribeInstanceLimit: "DescribeInstanceLimitRequest",
  DescribeInstances: "DescribeInstancesRequest",
  DescribeInstancesExtend: "DescribeInstancesExtendRequest",
  DescribeInstanceTypes: "DescribeInstanceTypesRequest",
  DescribePlayerSessions: "DescribePlayerSessionsRequest",
  DescribeRuntimeConfiguration: "DescribeRuntimeConfigurationRequest",
  DescribeScalingPolicies: "DescribeScalingPoliciesRequest",
  DescribeTimerScalingPolicies: "DescribeTimerScalingPoliciesRequest",
  DescribeUserQuota: "DescribeUserQuotaRequest",
  DescribeUserQuotas: "DescribeUserQuotasRequest",
  DetachCcnInstances: "DetachCcnInstancesRequest",
  EndGameServerSessionAndProcess: "EndGameServerSessionAndProcessRequest",
  GetGameServerInstanceLogUrl: "GetGameServerInstanceLogUrlRequest",
  GetGameServerSessionLogUrl: "GetGameServerSessionLogUrlRequest",
  GetInstanceAccess: "GetInstanceAccessRequest",
  GetUploadCredentials: "GetUploadCredentialsRequest",
  GetUploadFederationToken: "GetUploadFederationTokenRequest",
  JoinGameServerSession: "JoinGameServerSessionRequest",
  JoinGameServerSessionBatch: "JoinGameServerSessionBatchRequest",
  ListAliases: "ListAliasesRequest",
  ListFleets: "ListFleetsRequest",
  PutScalingPolicy: "PutScalingPolicyRequest",
  PutTimerScalingPolicy: "PutTimerScalingPolicyRequest",
  ResolveAlias: "ResolveAliasRequest",
  SearchGameServerSessions: "SearchGameServerSessionsRequest",
  SetServerReserved: "SetServerReservedRequest",
  SetServerWeight: "SetServerWeightRequest",
  StartFleetActions: "StartFleetActionsRequest",
  StartGameServerSessionPlacement: "StartGameServerSessionPlacementRequest",
  StopFleetActions: "StopFleetActionsRequest",
  StopGameServerSessionPlacement: "StopGameServerSessionPlacementRequest",
  UpdateAlias: "UpdateAliasRequest",
  UpdateAsset: "UpdateAssetRequest",
  UpdateBucketAccelerateOpt: "UpdateBucketAccelerateOptRequest",
  UpdateBucketCORSOpt: "UpdateBucketCORSOptRequest",
  UpdateFleetAttributes: "UpdateFleetAttributesRequest",
  UpdateFleetCapacity: "UpdateFleetCapacityRequest",
  UpdateFleetName: "UpdateFleetNameRequest",
  UpdateFleetPortSettings: "UpdateFleetPortSettingsRequest",
  UpdateGameServerSession: "UpdateGameServerSessionRequest",
  UpdateGameServerSessionQueue: "UpdateGameServerSessionQueueRequest",
  UpdateRuntimeConfiguration: "UpdateRuntimeConfigurationRequest",
} as const;

/** Each request object's members, in api.json's order. */
export const GSE_CLOUD_REQUEST_FIELDS = {
  AttachCcnInstancesRequest: {
    FleetId: { type: "string" },
    AccountId: { type: "string" },
    CcnId: { type: "string" },
  },
  CopyFleetRequest: {
    FleetId: { type: "string", required: true },
    CopyNumber: { type: "int", min: 1, required: true },
    AssetId: { type: "string" },
    Description: { type: "string", minLength: 0, maxLength: 100 },
    InboundPermissions: { type: "list", items: { type: "object", object: "InboundPermission" } },
    InstanceType: { type: "string" },
    FleetType: { type: "string" },
    Name: { type: "string", minLength: 1, maxLength: 50 },
    NewGameServerSessionProtectionPolicy: { type: "string" },
    ResourceCreationLimitPolicy: { type: "object", object: "ResourceCreationLimitPolicy" },
    RuntimeConfiguration: { type: "object", object: "RuntimeConfiguration" },
    GameServerSessionProtectionTimeLimit: { type: "int", min: 5, max: 1440 },
    SelectedScalingType: { type: "string" },
    SelectedCcnType: { type: "string" },
    Tags: { type: "list", items: { type: "object", object: "Tag" }, maxItems: 50 },
    SystemDiskInfo: { type: "object", object: "DiskInfo" },
    DataDiskInfo: { type: "list", items: { type: "object", object: "DiskInfo" } },
    SelectedTimerType: { type: "string" },
    CcnInfos: { type: "list", items: { type: "object", object: "CcnInfo" } },
    InternetMaxBandwidthOut: { type: "int", min: 1, max: 200 },
  },
  InboundPermission: {
    FromPort: { type: "int", min: 1025 },
    IpRange: { type: "string" },
    Protocol: { type: "string" },
    ToPort: { type: "int", min: 0, max: 60000 },
  },
  ResourceCreationLimitPolicy: {
    NewGameServerSessionsPerCreator: { type: "int", min: 1 },
    PolicyPeriodInMinutes: { type: "int", min: 1 },
  },
  RuntimeConfiguration: {
    GameServerSessionActivationTimeoutSeconds: { type: "int", min: 1, max: 600 },
    MaxConcurrentGameServerSessionActivations: { type: "int", min: 1, max: 2147483647 },
    ServerProcesses: { type: "list", items: { type: "object", object: "ServerProcesse" }, minItems: 1 },
  },
  ServerProcesse: {
    ConcurrentExecutions: { type: "int", min: 1, max: 50 },
    LaunchPath: { type: "string", minLength: 1, maxLength: 1024 },
    Parameters: { type: "string", minLength: 0, maxLength: 1024 },
  },
  Tag: {
    Key: { type: "string", maxLength: 127, required: true },
    Value: { type: "string", maxLength: 255, required: true },
  },
  DiskInfo: {
    DiskType: { type: "string", required: true },
    DiskSize: { type: "int", min: 0, required: true },
  },
  CcnInfo: {
    AccountId: { type: "string", required: true },
    CcnId: { type: "string", required: true },
  },
  CreateAliasRequest: {
    Name: { type: "string", minLength: 1, maxLength: 1024, required: true },
    RoutingStrategy: { type: "object", object: "RoutingStrategy", required: true },
    Description: { type: "string", minLength: 1, maxLength: 1024 },
    Tags: { type: "list", items: { type: "object", object: "Tag" }, maxItems: 50 },
  },
  RoutingStrategy: {
    Type: { type: "string", required: true },
    FleetId: { type: "string" },
    Message: { type: "string", minLength: 1, maxLength: 1024 },
  },
  CreateAssetRequest: {
    BucketKey: { type: "string", required: true },
    AssetName: { type: "string", minLength: 1, maxLength: 64, required: true },
    AssetVersion: { type: "string", minLength: 1, maxLength: 64, required: true },
    AssetRegion: { type: "string", required: true },
    OperateSystem: { type: "string", required: true },
    ImageId: { type: "string" },
    Tags: { type: "list", items: { type: "object", object: "Tag" }, maxItems: 50 },
  },
  CreateAssetWithImageRequest: {
    AssetName: { type: "string", minLength: 1, maxLength: 64, required: true },
    AssetVersion: { type: "string", minLength: 1, maxLength: 64, required: true },
    AssetRegion: { type: "string", required: true },
    ImageId: { type: "string", required: true },
    ImageSize: { type: "string", required: true },
    ImageOs: { type: "string", minLength: 1, maxLength: 64, required: true },
    OsType: { type: "string", required: true },
    ImageType: { type: "string", required: true },
    OsBit: { type: "int", min: 0, required: true },
  },
  CreateFleetRequest: {
    AssetId: { type: "string" },
    Description: { type: "string", minLength: 0, maxLength: 100 },
    InboundPermissions: { type: "list", items: { type: "object", object: "InboundPermission" } },
    InstanceType: { type: "string" },
    FleetType: { type: "string" },
    Name: { type: "string", minLength: 1, maxLength: 50 },
    NewGameServerSessionProtectionPolicy: { type: "string" },
    PeerVpcId: { type: "string" },
    ResourceCreationLimitPolicy: { type: "object", object: "ResourceCreationLimitPolicy" },
    RuntimeConfiguration: { type: "object", object: "RuntimeConfiguration" },
    SubNetId: { type: "string" },
    GameServerSessionProtectionTimeLimit: { type: "int", min: 5, max: 1440 },
    Tags: { type: "list", items: { type: "object", object: "Tag" }, maxItems: 50 },
    SystemDiskInfo: { type: "object", object: "DiskInfo" },
    DataDiskInfo: { type: "list", items: { type: "object", object: "DiskInfo" } },
    CcnInfos: { type: "list", items: { type: "object", object: "CcnInfo" } },
    InternetMaxBandwidthOut: { type: "int", min: 1, max: 200 },
  },
  CreateGameServerSessionRequest: {
    MaximumPlayerSessionCount: { type: "int", min: 0, required: true },
    AliasId: { type: "string" },
    CreatorId: { type: "string", maxLength: 1024 },
    FleetId: { type: "string" },
    GameProperties: { type: "list", items: { type: "object", object: "GameProperty" }, maxItems: 16 },
    GameServerSessionData: { type: "string", maxLength: 4096 },
    GameServerSessionId: { type: "string", maxLength: 4096 },
    IdempotencyToken: { type: "string", maxLength: 48 },
    Name: { type: "string", maxLength: 1024 },
  },
  GameProperty: {
    Key: { type: "string", maxLength: 32, required: true },
    Value: { type: "string", maxLength: 96, required: true },
  },
  CreateGameServerSessionQueueRequest: {
    Name: { type: "string", minLength: 1, maxLength: 128, required: true },
    Destinations: { type: "list", items: { type: "object", object: "GameServerSessionQueueDestination" } },
    PlayerLatencyPolicies: { type: "list", items: { type: "object", object: "PlayerLatencyPolicy" } },
    TimeoutInSeconds: { type: "int", min: 0 },
    Tags: { type: "list", items: { type: "object", object: "Tag" }, maxItems: 50 },
  },
  GameServerSessionQueueDestination: {
    DestinationArn: { type: "string" },
    FleetStatus: { type: "string" },
  },
  PlayerLatencyPolicy: {
    MaximumIndividualPlayerLatencyMilliseconds: { type: "int", min: 0, required: true },
    PolicyDurationSeconds: { type: "int", min: 0 },
  },
  DeleteAliasRequest: {
    AliasId: { type: "string", required: true },
  },
  DeleteAssetRequest: {
    AssetId: { type: "string", required: true },
  },
  DeleteFleetRequest: {
    FleetId: { type: "string", required: true },
  },
  DeleteGameServerSessionQueueRequest: {
    Name: { type: "string", minLength: 1, maxLength: 128, required: true },
  },
  DeleteScalingPolicyRequest: {
    FleetId: { type: "string", required: true },
    Name: { type: "string", minLength: 0, maxLength: 1024 },
  },
  DeleteTimerScalingPolicyRequest: {
    TimerId: { type: "string" },
    FleetId: { type: "string" },
    TimerName: { type: "string" },
  },
  DescribeAliasRequest: {
    AliasId: { type: "string", required: true },
  },
  DescribeAssetRequest: {
    AssetId: { type: "string", required: true },
  },
  DescribeAssetsRequest: {
    AssetRegion: { type: "string", required: true },
    Offset: { type: "int", required: true },
    Limit: { type: "int", max: 100, required: true },
    Filter: { type: "string" },
    Filters: { type: "list", items: { type: "object", object: "Filter" } },
  },
  Filter: {
    Key: { type: "string" },
    Values: { type: "list", items: { type: "string" } },
  },
  DescribeAssetSystemsRequest: {
    OsType: { type: "string" },
    OsBit: { type: "int" },
  },
  DescribeCcnInstancesRequest: {
    FleetId: { type: "string" },
  },
  DescribeFleetAttributesRequest: {
    FleetIds: { type: "list", items: { type: "string" } },
    Limit: { type: "int", min: 0, max: 100 },
    Offset: { type: "int", min: 0 },
  },
  DescribeFleetCapacityRequest: {
    FleetIds: { type: "list", items: { type: "string" }, required: true },
    Limit: { type: "int", min: 0, max: 100 },
    Offset: { type: "int", min: 0 },
  },
  DescribeFleetEventsRequest: {
    FleetId: { type: "string", required: true },
    Limit: { type: "int", min: 0, max: 100 },
    Offset: { type: "int", min: 0 },
    EventCode: { type: "string" },
    StartTime: { type: "string" },
    EndTime: { type: "string" },
  },
  DescribeFleetPortSettingsRequest: {
    FleetId: { type: "string", required: true },
  },
  DescribeFleetRelatedResourcesRequest: {
    FleetId: { type: "string", required: true },
  },
  DescribeFleetStatisticDetailsRequest: {
    FleetId: { type: "string" },
    BeginTime: { type: "string" },
    EndTime: { type: "string" },
    Limit: { type: "int", min: 0, max: 100 },
    Offset: { type: "int", min: 0 },
  },
  DescribeFleetStatisticFlowsRequest: {
    FleetId: { type: "string" },
    BeginTime: { type: "string" },
    EndTime: { type: "string" },
    Limit: { type: "int", min: 0, max: 100 },
    Offset: { type: "int", min: 0 },
  },
  DescribeFleetStatisticSummaryRequest: {
    FleetId: { type: "string" },
    BeginTime: { type: "string" },
    EndTime: { type: "string" },
  },
  DescribeFleetUtilizationRequest: {
    FleetIds: { type: "list", items: { type: "string" }, required: true },
  },
  DescribeGameServerSessionDetailsRequest: {
    AliasId: { type: "string" },
    FleetId: { type: "string" },
    GameServerSessionId: { type: "string", minLength: 1, maxLength: 48 },
    Limit: { type: "int", min: 0 },
    NextToken: { type: "string", minLength: 1, maxLength: 1024 },
    StatusFilter: { type: "string" },
  },
  DescribeGameServerSessionPlacementRequest: {
    PlacementId: { type: "string", required: true },
  },
  DescribeGameServerSessionQueuesRequest: {
    Names: { type: "list", items: { type: "string" } },
    Limit: { type: "int", min: 0, max: 100 },
    Offset: { type: "int", min: 0 },
    Filters: { type: "list", items: { type: "object", object: "Filter" } },
  },
  DescribeGameServerSessionsRequest: {
    AliasId: { type: "string" },
    FleetId: { type: "string" },
    GameServerSessionId: { type: "string", minLength: 1, maxLength: 48 },
    Limit: { type: "int", min: 0 },
    NextToken: { type: "string", minLength: 1, maxLength: 1024 },
    StatusFilter: { type: "string" },
  },
  DescribeInstanceLimitRequest: {

  },
  DescribeInstancesRequest: {
    FleetId: { type: "string" },
    InstanceId: { type: "string" },
    Offset: { type: "int", min: 0, max: 100 },
    Limit: { type: "int", min: 0 },
    IpAddress: { type: "string" },
  },
  DescribeInstancesExtendRequest: {
    FleetId: { type: "string", required: true },
    Offset: { type: "int", min: 0, required: true },
    Limit: { type: "int", min: 0, max: 100, required: true },
    IpAddress: { type: "string" },
  },
  DescribeInstanceTypesRequest: {

  },
  DescribePlayerSessionsRequest: {
    GameServerSessionId: { type: "string", minLength: 1, maxLength: 48 },
    Limit: { type: "int", min: 0 },
    NextToken: { type: "string", minLength: 1, maxLength: 1024 },
    PlayerId: { type: "string", minLength: 1, maxLength: 1024 },
    PlayerSessionId: { type: "string", minLength: 1, maxLength: 1024 },
    PlayerSessionStatusFilter: { type: "string" },
  },
  DescribeRuntimeConfigurationRequest: {
    FleetId: { type: "string", required: true },
  },
  DescribeScalingPoliciesRequest: {
    FleetId: { type: "string" },
    StatusFilter: { type: "string" },
    Offset: { type: "int", min: 0 },
    Limit: { type: "int", min: 0, max: 100 },
  },
  DescribeTimerScalingPoliciesRequest: {
    FleetId: { type: "string" },
    TimerName: { type: "string" },
    BeginTime: { type: "string" },
    EndTime: { type: "string" },
    Offset: { type: "int" },
    Limit: { type: "int" },
  },
  DescribeUserQuotaRequest: {
    ResourceType: { type: "int", min: 0 },
  },
  DescribeUserQuotasRequest: {

  },
  DetachCcnInstancesRequest: {
    FleetId: { type: "string" },
  },
  EndGameServerSessionAndProcessRequest: {
    GameServerSessionId: { type: "string" },
    IpAddress: { type: "string" },
    Port: { type: "int", min: 1025, max: 60000 },
  },
  GetGameServerInstanceLogUrlRequest: {
    FleetId: { type: "string", required: true },
    InstanceId: { type: "string" },
    ServerIp: { type: "string" },
    Offset: { type: "int", min: 0 },
    Size: { type: "int", min: 0 },
  },
  GetGameServerSessionLogUrlRequest: {
    GameServerSessionId: { type: "string", minLength: 1, maxLength: 48, required: true },
  },
  GetInstanceAccessRequest: {
    FleetId: { type: "string", required: true },
    InstanceId: { type: "string", required: true },
  },
  GetUploadCredentialsRequest: {
    AssetRegion: { type: "string", required: true },
    BucketKey: { type: "string", required: true },
  },
  GetUploadFederationTokenRequest: {

  },
  JoinGameServerSessionRequest: {
    GameServerSessionId: { type: "string", minLength: 1, maxLength: 256, required: true },
    PlayerId: { type: "string", maxLength: 1024, required: true },
    PlayerData: { type: "string", maxLength: 2048 },
  },
  JoinGameServerSessionBatchRequest: {
    GameServerSessionId: { type: "string", minLength: 1, maxLength: 256, required: true },
    PlayerIds: { type: "list", items: { type: "string" }, minItems: 1, maxItems: 25, required: true },
    PlayerDataMap: { type: "object", object: "PlayerDataMap" },
  },
  PlayerDataMap: {
    Key: { type: "string", minLength: 1, maxLength: 1024, required: true },
    Value: { type: "string", minLength: 1, maxLength: 2048, required: true },
  },
  ListAliasesRequest: {
    Name: { type: "string", minLength: 1, maxLength: 1024 },
    RoutingStrategyType: { type: "string" },
    Limit: { type: "int", min: 1 },
    Offset: { type: "int", min: 0 },
    OrderBy: { type: "string" },
    OrderWay: { type: "string" },
    Filters: { type: "list", items: { type: "object", object: "Filter" } },
  },
  ListFleetsRequest: {
    AssetId: { type: "string" },
    Limit: { type: "int", min: 0 },
    Offset: { type: "int", min: 0 },
    Filters: { type: "list", items: { type: "object", object: "Filter" } },
  },
  PutScalingPolicyRequest: {
    FleetId: { type: "string", required: true },
    Name: { type: "string", minLength: 1, maxLength: 1024 },
    ScalingAdjustment: { type: "int" },
    ScalingAdjustmentType: { type: "string" },
    Threshold: { type: "float" },
    ComparisonOperator: { type: "string" },
    EvaluationPeriods: { type: "int" },
    MetricName: { type: "string" },
    PolicyType: { type: "string" },
    TargetConfiguration: { type: "object", object: "TargetConfiguration" },
  },
  TargetConfiguration: {
    TargetValue: { type: "int", min: 0 },
  },
  PutTimerScalingPolicyRequest: {
    TimerScalingPolicy: { type: "object", object: "TimerScalingPolicy" },
  },
  TimerScalingPolicy: {
    TimerId: { type: "string" },
    TimerName: { type: "string" },
    TimerStatus: { type: "int" },
    TimerFleetCapacity: { type: "object", object: "TimerFleetCapacity" },
    TimerConfiguration: { type: "object", object: "TimerConfiguration" },
  },
  TimerFleetCapacity: {
    FleetId: { type: "string" },
    DesiredInstances: { type: "int" },
    MinSize: { type: "int" },
    MaxSize: { type: "int" },
    ScalingInterval: { type: "int" },
    ScalingType: { type: "int" },
    TargetConfiguration: { type: "object", object: "TargetConfiguration" },
  },
  TimerConfiguration: {
    TimerType: { type: "int" },
    TimerValue: { type: "object", object: "TimerValue" },
    BeginTime: { type: "string" },
    EndTime: { type: "string" },
  },
  TimerValue: {
    Day: { type: "int" },
    FromDay: { type: "int" },
    ToDay: { type: "int" },
    WeekDays: { type: "list", items: { type: "int" } },
  },
  ResolveAliasRequest: {
    AliasId: { type: "string", required: true },
  },
  SearchGameServerSessionsRequest: {
    AliasId: { type: "string" },
    FleetId: { type: "string" },
    Limit: { type: "int", min: 0 },
    NextToken: { type: "string", minLength: 1, maxLength: 1024 },
    FilterExpression: { type: "string" },
    SortExpression: { type: "string" },
  },
  SetServerReservedRequest: {
    FleetId: { type: "string", required: true },
    InstanceId: { type: "string", required: true },
    ReserveValue: { type: "int" },
  },
  SetServerWeightRequest: {
    FleetId: { type: "string", required: true },
    InstanceId: { type: "string", required: true },
    Weight: { type: "int", min: 0, max: 10, required: true },
  },
  StartFleetActionsRequest: {
    FleetId: { type: "string", required: true },
    Actions: { type: "list", items: { type: "string" } },
  },
  StartGameServerSessionPlacementRequest: {
    PlacementId: { type: "string", maxLength: 48, pattern: "^[a-zA-Z0-9-]+$", required: true },
    GameServerSessionQueueName: { type: "string", required: true },
    MaximumPlayerSessionCount: { type: "int", min: 1, required: true },
    DesiredPlayerSessions: { type: "list", items: { type: "object", object: "DesiredPlayerSession" } },
    GameProperties: { type: "list", items: { type: "object", object: "GameProperty" } },
    GameServerSessionData: { type: "string", maxLength: 4096 },
    GameServerSessionName: { type: "string", maxLength: 4096 },
    PlayerLatencies: { type: "list", items: { type: "object", object: "PlayerLatency" } },
  },
  DesiredPlayerSession: {
    PlayerId: { type: "string", required: true },
    PlayerData: { type: "string", required: true },
  },
  PlayerLatency: {
    PlayerId: { type: "string" },
    RegionIdentifier: { type: "string" },
    LatencyInMilliseconds: { type: "int", min: 0 },
  },
  StopFleetActionsRequest: {
    FleetId: { type: "string", required: true },
    Actions: { type: "list", items: { type: "string" } },
  },
  StopGameServerSessionPlacementRequest: {
    PlacementId: { type: "string", required: true },
  },
  UpdateAliasRequest: {
    AliasId: { type: "string", required: true },
    Name: { type: "string", minLength: 1, maxLength: 1024 },
    Description: { type: "string", minLength: 1, maxLength: 1024 },
    RoutingStrategy: { type: "object", object: "RoutingStrategy" },
  },
  UpdateAssetRequest: {
    AssetId: { type: "string", required: true },
    AssetName: { type: "string", minLength: 1, maxLength: 64, required: true },
    AssetVersion: { type: "string", minLength: 1, maxLength: 64, required: true },
  },
  UpdateBucketAccelerateOptRequest: {
    Allowed: { type: "bool", required: true },
  },
  UpdateBucketCORSOptRequest: {
    AllowedOrigins: { type: "list", items: { type: "string" }, required: true },
    AllowedMethods: { type: "list", items: { type: "string" }, required: true },
    AllowedHeaders: { type: "list", items: { type: "string" } },
    MaxAgeSeconds: { type: "int" },
    ExposeHeaders: { type: "list", items: { type: "string" } },
  },
  UpdateFleetAttributesRequest: {
    FleetId: { type: "string", required: true },
    Description: { type: "string", minLength: 0, maxLength: 100 },
    Name: { type: "string", minLength: 1, maxLength: 50 },
    NewGameSessionProtectionPolicy: { type: "string" },
    ResourceCreationLimitPolicy: { type: "object", object: "ResourceCreationLimitPolicy" },
    GameServerSessionProtectionTimeLimit: { type: "int", min: 5, max: 1440 },
  },
  UpdateFleetCapacityRequest: {
    FleetId: { type: "string", required: true },
    DesiredInstances: { type: "int", min: 0 },
    MinSize: { type: "int", min: 0 },
    MaxSize: { type: "int", min: 1 },
    ScalingInterval: { type: "int", min: 3, max: 30 },
  },
  UpdateFleetNameRequest: {
    FleetId: { type: "string", required: true },
    Name: { type: "string", minLength: 1, maxLength: 50, required: true },
  },
  UpdateFleetPortSettingsRequest: {
    FleetId: { type: "string", required: true },
    InboundPermissionAuthorizations: { type: "list", items: { type: "object", object: "InboundPermissionAuthorization" } },
    InboundPermissionRevocations: { type: "list", items: { type: "object", object: "InboundPermissionRevocations" } },
  },
  InboundPermissionAuthorization: {
    FromPort: { type: "int", min: 0 },
    IpRange: { type: "string" },
    Protocol: { type: "string" },
    ToPort: { type: "int", min: 0 },
  },
  InboundPermissionRevocations: {
    FromPort: { type: "int", min: 0 },
    IpRange: { type: "string" },
    Protocol: { type: "string" },
    ToPort: { type: "int", min: 0 },
  },
  UpdateGameServerSessionRequest: {
    GameServerSessionId: { type: "string", minLength: 1, maxLength: 256, required: true },
    MaximumPlayerSessionCount: { type: "int", min: 0 },
    Name: { type: "string", minLength: 1, maxLength: 1024 },
    PlayerSessionCreationPolicy: { type: "string" },
    ProtectionPolicy: { type: "string" },
  },
  UpdateGameServerSessionQueueRequest: {
    Name: { type: "string", minLength: 1, maxLength: 128, required: true },
    Destinations: { type: "list", items: { type: "object", object: "GameServerSessionQueueDestination" } },
    PlayerLatencyPolicies: { type: "list", items: { type: "object", object: "PlayerLatencyPolicy" } },
    TimeoutInSeconds: { type: "int", min: 0 },
  },
  UpdateRuntimeConfigurationRequest: {
    FleetId: { type: "string", required: true },
    RuntimeConfiguration: { type: "object", object: "RuntimeConfiguration" },
  },
} as const satisfies {
  readonly [O in GseCloudRequestObjectName]: { readonly [F in keyof GseCloudRequestObjects[O]]-?: GseCloudMemberSpec<GseCloudRequestObjectName> };
};
