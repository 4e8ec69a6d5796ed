// The control plane's request types, one map of action to request.
import type * as A from "./assetFleetModels.js";
import type * as B from "./capacityRoutingModels.js";

export type * from "./assetFleetModels.js";
export type * from "./capacityRoutingModels.js";

/** Each control-plane action's request. */
export interface ControlRequests {
  CreateAsset: A.CreateAssetRequest;
  DescribeAsset: A.DescribeAssetRequest;
  DescribeAssets: A.DescribeAssetsRequest;
  UpdateAsset: A.UpdateAssetRequest;
  DeleteAsset: A.DeleteAssetRequest;
  DescribeAssetSystems: A.DescribeAssetSystemsRequest;
  GetUploadCredentials: A.GetUploadCredentialsRequest;
  GetUploadFederationToken: A.GetUploadFederationTokenRequest;
  CreateFleet: A.CreateFleetRequest;
  CopyFleet: A.CopyFleetRequest;
  DeleteFleet: A.DeleteFleetRequest;
  DescribeFleetAttributes: A.DescribeFleetAttributesRequest;
  ListFleets: A.ListFleetsRequest;
  UpdateFleetAttributes: A.UpdateFleetAttributesRequest;
  UpdateFleetName: A.UpdateFleetNameRequest;
  DescribeFleetEvents: A.DescribeFleetEventsRequest;
  DescribeRuntimeConfiguration: A.DescribeRuntimeConfigurationRequest;
  UpdateRuntimeConfiguration: A.UpdateRuntimeConfigurationRequest;
  DescribeFleetPortSettings: A.DescribeFleetPortSettingsRequest;
  UpdateFleetPortSettings: A.UpdateFleetPortSettingsRequest;
  DescribeFleetRelatedResources: A.DescribeFleetRelatedResourcesRequest;
  DescribeInstances: B.DescribeInstancesRequest;
  DescribeInstancesExtend: B.DescribeInstancesExtendRequest;
  SetServerWeight: B.SetServerWeightRequest;
  SetServerReserved: B.SetServerReservedRequest;
  UpdateFleetCapacity: B.UpdateFleetCapacityRequest;
  DescribeFleetCapacity: B.DescribeFleetCapacityRequest;
  DescribeFleetUtilization: B.DescribeFleetUtilizationRequest;
  DescribeFleetStatisticSummary: B.DescribeFleetStatisticSummaryRequest;
  DescribeFleetStatisticDetails: B.DescribeFleetStatisticDetailsRequest;
  DescribeFleetStatisticFlows: B.DescribeFleetStatisticFlowsRequest;
  GetGameServerInstanceLogUrl: B.GetGameServerInstanceLogUrlRequest;
  PutScalingPolicy: B.PutScalingPolicyRequest;
  DescribeScalingPolicies: B.DescribeScalingPoliciesRequest;
  DeleteScalingPolicy: B.DeleteScalingPolicyRequest;
  StartFleetActions: B.StartFleetActionsRequest;
  StopFleetActions: B.StopFleetActionsRequest;
  PutTimerScalingPolicy: B.PutTimerScalingPolicyRequest;
  DescribeTimerScalingPolicies: B.DescribeTimerScalingPoliciesRequest;
  DeleteTimerScalingPolicy: B.DeleteTimerScalingPolicyRequest;
  CreateAlias: B.CreateAliasRequest;
  DescribeAlias: B.DescribeAliasRequest;
  ListAliases: B.ListAliasesRequest;
  UpdateAlias: B.UpdateAliasRequest;
  DeleteAlias: B.DeleteAliasRequest;
  ResolveAlias: B.ResolveAliasRequest;
  CreateGameServerSessionQueue: B.CreateGameServerSessionQueueRequest;
  DescribeGameServerSessionQueues: B.DescribeGameServerSessionQueuesRequest;
  UpdateGameServerSessionQueue: B.UpdateGameServerSessionQueueRequest;
  DeleteGameServerSessionQueue: B.DeleteGameServerSessionQueueRequest;
  DescribeInstanceTypes: B.DescribeInstanceTypesRequest;
  DescribeInstanceLimit: B.DescribeInstanceLimitRequest;
  DescribeUserQuota: B.DescribeUserQuotaRequest;
  DescribeUserQuotas: B.DescribeUserQuotasRequest;
  DescribeCcnInstances: B.DescribeCcnInstancesRequest;
}

export type ControlActionName = keyof ControlRequests;
