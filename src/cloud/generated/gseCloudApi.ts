// DO NOT EDIT. Written by scripts/generate-cloud-types.js from
// spec/gse-cloud-api/api.json (gse 2019-11-12, 74 actions):
// `node scripts/generate-cloud-types.js` rewrites it; `npm test` checks it is fresh.
// The documentation is the spec's own (Chinese), as Tencent Cloud publishes it.

import type { GseCloudCallOptions } from "../GseCloudCallOptions.js";

/** Every action of the GSE cloud API, in alphabetical order. */
export const GSE_CLOUD_ACTIONS = [
  "AttachCcnInstances",
  "CopyFleet",
  "CreateAlias",
  "CreateAsset",
  "CreateAssetWithImage",
  "CreateFleet",
  "CreateGameServerSession",
  "CreateGameServerSessionQueue",
  "DeleteAlias",
  "DeleteAsset",
  "DeleteFleet",
  "DeleteGameServerSessionQueue",
  "DeleteScalingPolicy",
  "DeleteTimerScalingPolicy",
  "DescribeAlias",
  "DescribeAsset",
  "DescribeAssets",
  "DescribeAssetSystems",
  "DescribeCcnInstances",
  "DescribeFleetAttributes",
  "DescribeFleetCapacity",
  "DescribeFleetEvents",
  "DescribeFleetPortSettings",
  "DescribeFleetRelatedResources",
  "DescribeFleetStatisticDetails",
  "DescribeFleetStatisticFlows",
  "DescribeFleetStatisticSummary",
  "DescribeFleetUtilization",
  "DescribeGameServerSessionDetails",
  "DescribeGameServerSessionPlacement",
  "DescribeGameServerSessionQueues",
  "DescribeGameServerSessions",
  "DescribeInstanceLimit",
  "DescribeInstances",
  "DescribeInstancesExtend",
  "DescribeInstanceTypes",
  "DescribePlayerSessions",
  "DescribeRuntimeConfiguration",
  "DescribeScalingPolicies",
  "DescribeTimerScalingPolicies",
  "DescribeUserQuota",
  "DescribeUserQuotas",
  "DetachCcnInstances",
  "EndGameServerSessionAndProcess",
  "GetGameServerInstanceLogUrl",
  "GetGameServerSessionLogUrl",
  "GetInstanceAccess",
  "GetUploadCredentials",
  "GetUploadFederationToken",
  "JoinGameServerSession",
  "JoinGameServerSessionBatch",
  "ListAliases",
  "ListFleets",
  "PutScalingPolicy",
  "PutTimerScalingPolicy",
  "ResolveAlias",
  "SearchGameServerSessions",
  "SetServerReserved",
  "SetServerWeight",
  "StartFleetActions",
  "StartGameServerSessionPlacement",
  "StopFleetActions",
  "StopGameServerSessionPlacement",
  "UpdateAlias",
  "UpdateAsset",
  "UpdateBucketAccelerateOpt",
  "UpdateBucketCORSOpt",
  "UpdateFleetAttributes",
  "UpdateFleetCapacity",
  "UpdateFleetName",
  "UpdateFleetPortSettings",
  "UpdateGameServerSession",
  "UpdateGameServerSessionQueue",
  "UpdateRuntimeConfiguration",
] as const;

/** Each action's request and response types. */
export interface GseCloudActionMap {
  /**
   * 关联云联网实例 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（AttachCcnInstances）用于关联云联网实例。
   */
  AttachCcnInstances: { request: AttachCcnInstancesRequest; response: AttachCcnInstancesResponse };
  /**
   * 复制服务器舰队 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（CopyFleet）用于复制服务器舰队。
   */
  CopyFleet: { request: CopyFleetRequest; response: CopyFleetResponse };
  /**
   * 创建别名 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（CreateAlias）用于创建别名。
   */
  CreateAlias: { request: CreateAliasRequest; response: CreateAliasResponse };
  /**
   * 创建生成包 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（CreateAsset）用于创建生成包。
   * 通过获取上传cos的临时密钥，将文件上传至cos，然后将生成包的zip名称下发给本接口完成资源创建。
   *
   * 上传文件至 cos支持俩种方式：
   *
   * - 获取预签名方式，COS 简单上传
   *     1. [GetUploadCredentials](https://cloud.tencent.com/document/product/1165/48727) 获取预签名信息
   *     2. 使用 COS API 进行上传([参考文档](https://cloud.tencent.com/document/product/436/7749))
   * -  临时密钥方式，COS 简单上传或者分块上传方式
   *     1. [GetUploadCredentials](https://cloud.tencent.com/document/product/1165/48727)（获取上传 bucket  第一次调用需要，后续可以不用调用）
   *     2. [GetUploadFederationToken](https://cloud.tencent.com/document/product/1165/48742) 获取临时密钥
   *     3. 使用 COS API 进行上传([参考文档](https://cloud.tencent.com/document/product/436/7742))
   *
   * 具体使用场景可以参考 [GetUploadCredentials](https://cloud.tencent.com/document/product/1165/48727) ,  [GetUploadFederationToken](https://cloud.tencent.com/document/product/1165/48742)和下面 CreateAsset 示例。
   */
  CreateAsset: { request: CreateAssetRequest; response: CreateAssetResponse };
  /**
   * 创建生成包镜像信息 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（CreateAssetWithImage）用于创建生成包镜像信息。
   */
  CreateAssetWithImage: { request: CreateAssetWithImageRequest; response: CreateAssetWithImageResponse };
  /**
   * 创建服务器舰队 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（CreateFleet）用于创建服务器舰队。
   */
  CreateFleet: { request: CreateFleetRequest; response: CreateFleetResponse };
  /**
   * 创建游戏服务器会话 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（CreateGameServerSession）用于创建游戏服务会话。
   */
  CreateGameServerSession: { request: CreateGameServerSessionRequest; response: CreateGameServerSessionResponse };
  /**
   * 创建游戏服务器会话队列 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（CreateGameServerSessionQueue）用于创建游戏服务器会话队列。
   */
  CreateGameServerSessionQueue: { request: CreateGameServerSessionQueueRequest; response: CreateGameServerSessionQueueResponse };
  /**
   * 删除别名 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DeleteAlias）用于删除别名。
   */
  DeleteAlias: { request: DeleteAliasRequest; response: DeleteAliasResponse };
  /**
   * 删除生成包 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DeleteAsset）用于删除生成包。
   */
  DeleteAsset: { request: DeleteAssetRequest; response: DeleteAssetResponse };
  /**
   * 删除服务器舰队 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DeleteFleet）用于删除服务器舰队。
   */
  DeleteFleet: { request: DeleteFleetRequest; response: DeleteFleetResponse };
  /**
   * 删除游戏服务器会话队列 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DeleteGameServerSessionQueue）用于删除游戏服务器会话队列。
   */
  DeleteGameServerSessionQueue: { request: DeleteGameServerSessionQueueRequest; response: DeleteGameServerSessionQueueResponse };
  /**
   * 删除扩缩容配置 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DeleteScalingPolicy）用于删除服务器舰队的扩缩容策略。
   * 通过服务器舰队ID和策略名称删除服务器舰队的扩缩容策略，只传递服务器舰队ID时，会将这个服务器舰队下的所有策略都删除。
   * 传递策略名称时，单独删除策略名称对应的策略。
   */
  DeleteScalingPolicy: { request: DeleteScalingPolicyRequest; response: DeleteScalingPolicyResponse };
  /**
   * 删除定时器 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DeleteTimerScalingPolicy）用于删除fleet下的定时器。
   */
  DeleteTimerScalingPolicy: { request: DeleteTimerScalingPolicyRequest; response: DeleteTimerScalingPolicyResponse };
  /**
   * 获取别名详情 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeAlias）用于获取别名详情。
   */
  DescribeAlias: { request: DescribeAliasRequest; response: DescribeAliasResponse };
  /**
   * 获取生成包信息 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeAsset）获取生成包信息。
   */
  DescribeAsset: { request: DescribeAssetRequest; response: DescribeAssetResponse };
  /**
   * 拉取生成包列表 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeAssets）用于获取生成包列表。
   */
  DescribeAssets: { request: DescribeAssetsRequest; response: DescribeAssetsResponse };
  /**
   * 获取生成包支持的操作系统列表 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeAssetSystems）用于获取生成包支持的操作系统。
   */
  DescribeAssetSystems: { request: DescribeAssetSystemsRequest; response: DescribeAssetSystemsResponse };
  /**
   * 查询云联网实例 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeCcnInstances）用于查询云联网实例。
   */
  DescribeCcnInstances: { request: DescribeCcnInstancesRequest; response: DescribeCcnInstancesResponse };
  /**
   * 获取服务器舰队属性 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeFleetAttributes）用于查询服务器舰队属性。
   */
  DescribeFleetAttributes: { request: DescribeFleetAttributesRequest; response: DescribeFleetAttributesResponse };
  /**
   * 查询游戏服务器舰队容量配置 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeFleetCapacity）用于查询服务部署容量配置。
   */
  DescribeFleetCapacity: { request: DescribeFleetCapacityRequest; response: DescribeFleetCapacityResponse };
  /**
   * 查询服务器舰队的事件列表 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeFleetEvents）用于查询服务器舰队相关的事件列表。
   */
  DescribeFleetEvents: { request: DescribeFleetEventsRequest; response: DescribeFleetEventsResponse };
  /**
   * 服务器舰队安全组信息查询 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeFleetPortSettings）用于获取服务器舰队安全组信息。
   */
  DescribeFleetPortSettings: { request: DescribeFleetPortSettingsRequest; response: DescribeFleetPortSettingsResponse };
  /**
   * 获取与游戏服务器舰队关联的资源信息 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeFleetRelatedResources）用于获取与游戏服务器舰队关联的资源信息，如别名、队列
   */
  DescribeFleetRelatedResources: { request: DescribeFleetRelatedResourcesRequest; response: DescribeFleetRelatedResourcesResponse };
  /**
   * 查询服务部署统计详情 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeFleetStatisticDetails）用于查询服务部署统计详情。
   */
  DescribeFleetStatisticDetails: { request: DescribeFleetStatisticDetailsRequest; response: DescribeFleetStatisticDetailsResponse };
  /**
   * 查询服务部署统计用量 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeFleetStatisticFlows）用于查询服务部署统计用量。
   */
  DescribeFleetStatisticFlows: { request: DescribeFleetStatisticFlowsRequest; response: DescribeFleetStatisticFlowsResponse };
  /**
   * 查询服务部署统计汇总信息 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeFleetStatisticSummary）用于查询服务部署统计汇总信息。
   */
  DescribeFleetStatisticSummary: { request: DescribeFleetStatisticSummaryRequest; response: DescribeFleetStatisticSummaryResponse };
  /**
   * 查询服务器舰队的利用率信息 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeFleetUtilization）用于查询服务器舰队的利用率信息。
   */
  DescribeFleetUtilization: { request: DescribeFleetUtilizationRequest; response: DescribeFleetUtilizationResponse };
  /**
   * 查询游戏服务器会话详情列表 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeGameServerSessionDetails）用于查询游戏服务器会话详情列表。
   */
  DescribeGameServerSessionDetails: { request: DescribeGameServerSessionDetailsRequest; response: DescribeGameServerSessionDetailsResponse };
  /**
   * 查询游戏服务器会话的放置 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeGameServerSessionPlacement）用于查询游戏服务器会话的放置。
   */
  DescribeGameServerSessionPlacement: { request: DescribeGameServerSessionPlacementRequest; response: DescribeGameServerSessionPlacementResponse };
  /**
   * 查询游戏服务器会话队列 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeGameServerSessionQueues）用于查询游戏服务器会话队列。
   */
  DescribeGameServerSessionQueues: { request: DescribeGameServerSessionQueuesRequest; response: DescribeGameServerSessionQueuesResponse };
  /**
   * 查询游戏服务器会话列表 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeGameServerSessions）用于查询游戏服务器会话列表。
   */
  DescribeGameServerSessions: { request: DescribeGameServerSessionsRequest; response: DescribeGameServerSessionsResponse };
  /**
   * 查询用户实例数限额 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeInstanceLimit）用于查询用户实例数限额。
   */
  DescribeInstanceLimit: { request: DescribeInstanceLimitRequest; response: DescribeInstanceLimitResponse };
  /**
   * 查询服务器实例列表 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeInstances）用于查询服务器实例列表。
   */
  DescribeInstances: { request: DescribeInstancesRequest; response: DescribeInstancesResponse };
  /**
   * 查询实例扩展信息列表 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeInstancesExtend）用于查询实例扩展信息列表。
   */
  DescribeInstancesExtend: { request: DescribeInstancesExtendRequest; response: DescribeInstancesExtendResponse };
  /**
   * 获取服务器实例类型列表 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeInstanceTypes）用于获取服务器实例类型列表。
   */
  DescribeInstanceTypes: { request: DescribeInstanceTypesRequest; response: DescribeInstanceTypesResponse };
  /**
   * 查询玩家会话列表 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribePlayerSessions）用于获取玩家会话列表。
   */
  DescribePlayerSessions: { request: DescribePlayerSessionsRequest; response: DescribePlayerSessionsResponse };
  /**
   * 获取服务器舰队运行配置 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeRuntimeConfiguration）用于获取服务器舰队运行配置。
   */
  DescribeRuntimeConfiguration: { request: DescribeRuntimeConfigurationRequest; response: DescribeRuntimeConfigurationResponse };
  /**
   * 查询扩缩容配置 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeScalingPolicies）用于查询服务器舰队的动态扩缩容策略列表。
   */
  DescribeScalingPolicies: { request: DescribeScalingPoliciesRequest; response: DescribeScalingPoliciesResponse };
  /**
   * 查询定时器列表 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeTimerScalingPolicies）用于查询fleet下的定时器列表。可以通过fleetid，定时器名称分页查询。
   */
  DescribeTimerScalingPolicies: { request: DescribeTimerScalingPoliciesRequest; response: DescribeTimerScalingPoliciesResponse };
  /**
   * 获取用户单个模块配额 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeUserQuota）获取用户单个模块配额。
   */
  DescribeUserQuota: { request: DescribeUserQuotaRequest; response: DescribeUserQuotaResponse };
  /**
   * 获取用户配额 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeUserQuotas）用于获取用户配额
   */
  DescribeUserQuotas: { request: DescribeUserQuotasRequest; response: DescribeUserQuotasResponse };
  /**
   * 解关联云联网实例 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DetachCcnInstances）用于解关联云联网实例。
   */
  DetachCcnInstances: { request: DetachCcnInstancesRequest; response: DetachCcnInstancesResponse };
  /**
   * 终止游戏服务器会话和对应的进程 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（EndGameServerSessionAndProcess）用于终止游戏服务器会话和对应的进程，适用于时限保护和不保护。
   */
  EndGameServerSessionAndProcess: { request: EndGameServerSessionAndProcessRequest; response: EndGameServerSessionAndProcessResponse };
  /**
   * 获取游戏服务器实例的日志URL (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口用于获取游戏服务器实例的日志URL。
   */
  GetGameServerInstanceLogUrl: { request: GetGameServerInstanceLogUrlRequest; response: GetGameServerInstanceLogUrlResponse };
  /**
   * 获取游戏服务器会话的日志URL (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（GetGameServerSessionLogUrl）用于获取游戏服务器会话的日志URL。
   */
  GetGameServerSessionLogUrl: { request: GetGameServerSessionLogUrlRequest; response: GetGameServerSessionLogUrlResponse };
  /**
   * 获取实例登录所需要的凭据 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（GetInstanceAccess）用于获取实例登录所需要的凭据。
   */
  GetInstanceAccess: { request: GetInstanceAccessRequest; response: GetInstanceAccessResponse };
  /**
   * 获取上传文件授权信息 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（GetUploadCredentials）获取上传文件授权信息。
   * 通过 [GetUploadCredentials](https://cloud.tencent.com/document/product/1165/48727) 接口获取临时授权信息后，调用 COS API将数据上传，根据上传的 BucketKey 信息进行生成包 [CreateAsset](https://cloud.tencent.com/document/product/1165/48731) 的创建。参考下面的示例部分。
   */
  GetUploadCredentials: { request: GetUploadCredentialsRequest; response: GetUploadCredentialsResponse };
  /**
   * 获取上传的临时密钥 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（GetUploadFederationToken）用于 获取生成包上传所需要的临时密钥。
   */
  GetUploadFederationToken: { request: GetUploadFederationTokenRequest; response: GetUploadFederationTokenResponse };
  /**
   * 加入游戏服务器会话 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（JoinGameServerSession）用于加入游戏服务器会话。
   */
  JoinGameServerSession: { request: JoinGameServerSessionRequest; response: JoinGameServerSessionResponse };
  /**
   * 批量加入游戏服务器会话 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（JoinGameServerSessionBatch）用于批量加入游戏服务器会话。
   */
  JoinGameServerSessionBatch: { request: JoinGameServerSessionBatchRequest; response: JoinGameServerSessionBatchResponse };
  /**
   * 检索帐户下的所有别名 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（ListAliases）用于检索帐户下的所有别名。
   */
  ListAliases: { request: ListAliasesRequest; response: ListAliasesResponse };
  /**
   * 获取服务器舰队列表 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（ListFleets）用于获取服务器舰队列表。
   */
  ListFleets: { request: ListFleetsRequest; response: ListFleetsResponse };
  /**
   * 设置扩缩容策略 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（PutScalingPolicy）用于设置服务器舰队的动态扩缩容策略。
   *
   * 通过此接口可以增加或者更新服务器舰队的扩缩容策略。
   * 服务器舰队可以有多个扩缩容策略，但是只有一个TargetBased基于目标的策略。
   *
   * ## TargetBased基于目标的策略
   *
   * TargetBased策略计算的指标是PercentAvailableGameSessions，这个策略用于计算当前服务器舰队应该有多少个CVM实例来支撑和分配游戏会话。
   * PercentAvailableGameSessions表示服务器舰队的缓冲值；用来计算服务器舰队在当前容量下可以处理的额外玩家会话数量。
   * 如果使用基于目标的策略，可以按照业务需求设置一个期望的缓冲区大小，GSE的会按照配置的策略来扩容和缩容到这个目标要求的CVM实例数。
   *
   * 例如：客户可以设置同时承载100个游戏会话的服务器舰队预留10%的缓冲区。GSE会按照这个策略执行时，若服务器舰队的可用容量低于或高于10%的游戏服务器会话时，执行扩缩容动作。
   * GSE按照策略期望，扩容新CVM实例或缩容未使用的实例，保持在10%左右的缓冲区。
   *
   * #### 请求参数取值说明
   *
   * ```
   * Name取值策略名称，
   * FleetId取值为选择的服务器舰队ID，
   * PolicyType取值TargetBased，
   * MetricName取值PercentAvailableGameSessions，
   * TargetConfiguration取值为所需的缓冲区值对象，
   * 其他参数不用传递。
   * 请求成功时，将返回策略名称。扩缩容策略在成功创建立即自动生效。
   * ```
   *
   *
   *
   * ## RuleBased基于规则的策略
   *
   * ####  请求参数取值说明
   *
   * ```
   * Name取值策略名称，
   * FleetId取值为选择的服务器舰队ID，
   * PolicyType取值RuleBased，
   * MetricName取值（AvailableGameServerSessions，AvailableCustomCount，PercentAvailableCustomCount，ActiveInstances，IdleInstances，CurrentPlayerSessions和PercentIdleInstances）说明见备注1，
   * 其他参数不用传递。
   * ComparisonOperator取值为 >,>=,<,<=这4个比较符号中的一个，
   * Threshold取值为指标MetricName达到的阈值是多少，
   * EvaluationPeriods取值为指标MetricName达到的阈值持续了多少时间，单位是分钟，
   * ScalingAdjustmentType取值（ChangeInCapacity，ExactCapacity，PercentChangeInCapacity）说明见备注2
   * ScalingAdjustment取值为指标MetricName达到的阈值的条件后，扩缩容多少个CVM实例。
   * 请求成功时，将返回策略名称。扩缩容策略在成功创建立即自动生效。
   * ```
   *
   * 规则执行的条件表达式如下所示：
   *
   * ```
   * 若 [MetricName] 是 [ComparisonOperator] [Threshold] 持续 [EvaluationPeriods] 分钟, 则 [ScalingAdjustmentType] 调整 [ScalingAdjustment]个实例。
   * ```
   * ```
   * if [MetricName] ComparisonOperator [Threshold] for [EvaluationPeriods] minutes, then scaling up by/to  [ScalingAdjustment]
   * ```
   * 例如1：如果当前AvailableCustomCount值大于等于10，持续5分钟，扩容1台CVM实例。
   * ```
   * ScalingAdjustmentType = ChangeInCapacity
   * if [AvailableGameServerSessions] >= [10] for [5] minutes, then scaling up [1]
   * ```
   * 例如2：如果当前AvailableGameServerSessions值大于等于200，持续5分钟，扩容到2台CVM实例。
   * ```
   * ScalingAdjustmentType = ExactCapacity
   * if [AvailableGameServerSessions] >= [200] for [5] minutes, then scaling to [2]
   * ```
   * 例如3：如果当前AvailableCustomCount值大于等于400，持续5分钟，扩容20%台CVM实例。
   * 当前CVM实例数为10台。扩容20%台CVM实例就是增加 10*20%等于2台
   * ```
   * ScalingAdjustmentType = PercentChangeInCapacity
   * if [AvailableGameServerSessions] >= [400] for [5] minutes, then scaling by [currentCVMCount * 20 %]
   * ```
   * **备注1**
   *
   * - | 策略名称（MetricName）                                       | 计算公式                                   | 场景                                        | 场景使用举例                                                 |
   *   | :----------------------------------------------------------- | :----------------------------------------- | :------------------------------------------ | :----------------------------------------------------------- |
   *   | CurrentPlayerSessions<br>当前玩家数指标                      | = 当前在线的玩家数                         | CVM随着玩家会话数变化做扩缩容。             | 例如：<br>MetricName: CurrentPlayerSessions<br>ComparisonOperator: '<=' <br>Threshold: 300<br/>EvaluationPeriods: 1<br/>ScalingAdjustment: 2<br/>ScalingAdjustment: ChangeInCapacity<br>说明：若当前CurrentPlayerSessions小于等于300，持续1分钟，则扩容2台CVM。 |
   *   | AvailableGameServerSessions<br>可用游戏服务器会话数          | = 可用游戏服务会话数                       | CVM随着可用游戏会话数变化做扩缩容。         | 例如：<br/>MetricName: AvailableGameServerSessions<br/>ComparisonOperator: '<' <br/>Threshold: 50<br/>EvaluationPeriods: 5<br/>ScalingAdjustment: 2<br/>ScalingAdjustment: ExactCapacity<br/>说明：若当前AvailableGameServerSessions小于50，持续5分钟，则扩容到2台CVM。 |
   *   | PercentAvailableGameServerSessions<br>可用游戏服务器会话百分比 | = 空闲游戏会话数 / 所有的游戏会话数 * 100% | CVM随着可用游戏会话数百分比变化做扩缩容。   | 例如：<br/>MetricName: PercentAvailableGameServerSessions<br/>ComparisonOperator: '<' <br/>Threshold: 50<br/>EvaluationPeriods: 1<br/>ScalingAdjustment: -30<br/>ScalingAdjustment: PercentChangeInCapacity<br/>说明：若当前PercentAvailableGameServerSessions小于50%，持续1分钟，则缩容当前实例数30%台CVM。 |
   *   | AvailableCustomCount<br>可用客户自定义数指标                 | = 客户自定义的数                           | CVM随着可用客户自定义数变化做扩缩容。       | 例如：<br/>MetricName: AvailableCustomCount<br/>ComparisonOperator: '>=' <br/>Threshold: 6<br/>EvaluationPeriods: 3<br/>ScalingAdjustment: -1<br/>ScalingAdjustment: ExactCapacity<br/>说明：若当前AvailableCustomCount大于等于6，持续3分钟，则缩容到1台CVM。 |
   *   | PercentAvailableCustomCount<br>可用客户自定义数百分比        | = 客户自定义数 / 客户最大自定义数* 100%    | CVM随着可用客户自定义数百分比变化做扩缩容。 | 例如：<br/>MetricName: PercentAvailableCustomCount<br/>ComparisonOperator: '<' <br/>Threshold: 15<br/>EvaluationPeriods: 3<br/>ScalingAdjustment: 1<br/>ScalingAdjustment: ChangeInCapacity<br/>说明：若当前PercentAvailableCustomCount小于15%，持续3分钟，则扩容1台CVM。 |
   *   | ActiveInstances<br>活跃实例数指标                            | = 总实例数 - 缩容中的实例数                | CVM随着活跃实例数变化做扩缩容。             | 例如：<br/>MetricName: ActiveInstances<br/>ComparisonOperator: '<' <br/>Threshold: 3<br/>EvaluationPeriods: 1<br/>ScalingAdjustment: 3<br/>ScalingAdjustment: ExactCapacity<br/>说明：若当前ActiveInstances小于3台，持续1分钟，则扩容保留到3台CVM。 |
   *   | IdleInstances<br>空闲实例数指标                              | = 未使用的进程数 / 每实例进程数            | CVM随着空闲实例数变化做扩缩容。             | 例如：<br/>MetricName: IdleInstances<br/>ComparisonOperator: '<' <br/>Threshold: 2<br/>EvaluationPeriods: 3<br/>ScalingAdjustment: 1<br/>ScalingAdjustment: ChangeInCapacity<br/>说明：若当前IdleInstances小于2台，持续3分钟，则扩容1台CVM。 |
   *   | PercentIdleInstances<br>空闲实例百分比                       | = IdleInstances / ActiveInstances * 100%   | CVM随着空闲实例百分比变化做扩缩容。         | 例如：<br/>MetricName: PercentIdleInstances<br/>ComparisonOperator: '<' <br/>Threshold: 50<br/>EvaluationPeriods: 3<br/>ScalingAdjustment: 1<br/>ScalingAdjustment: ChangeInCapacity<br/>说明：若当前PercentIdleInstances小于50%，持续3分钟，则扩容1台CVM。 |
   *
   *
   *
   * **备注2**
   *
   * **ChangeInCapacity**
   *
   *     当前CVM实例个数的扩容或缩容的调整值。正值按值扩容，负值按值缩容。
   *
   * **ExactCapacity**
   *
   *     把当前CVM实例个数调整为ScalingAdjustment设置的CVM实例数。
   *
   * **PercentChangeInCapacity**
   *
   *     按比例增加或减少的百分比。正值按比例扩容，负值按比例缩容；例如，值“-10”将按10%的比例缩容CVM实例。
   */
  PutScalingPolicy: { request: PutScalingPolicyRequest; response: PutScalingPolicyResponse };
  /**
   * 创建或更新定时器 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（PutTimerScalingPolicy）用于给fleet创建或更新定时器。
   *
   * 填写字段timer_id，表示更新；不填字段timer_id表示新增。
   */
  PutTimerScalingPolicy: { request: PutTimerScalingPolicyRequest; response: PutTimerScalingPolicyResponse };
  /**
   * 获取别名当前指向的fleetId (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（ResolveAlias）用于获取别名当前指向的fleetId。
   */
  ResolveAlias: { request: ResolveAliasRequest; response: ResolveAliasResponse };
  /**
   * 搜索游戏服务器会话列表 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（SearchGameServerSessions）用于搜索游戏服务器会话列表。
   */
  SearchGameServerSessions: { request: SearchGameServerSessionsRequest; response: SearchGameServerSessionsResponse };
  /**
   * 设置实例保留 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（SetServerReserved）用于将异常的实例标记为保留，用于问题排查。
   *
   * 字段ReserveValue：0默认值，不保留；1 保留
   */
  SetServerReserved: { request: SetServerReservedRequest; response: SetServerReservedResponse };
  /**
   * 设置服务器权重 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（SetServerWeight）用于设置服务器权重。
   */
  SetServerWeight: { request: SetServerWeightRequest; response: SetServerWeightResponse };
  /**
   * 启用服务器舰队自动扩缩容 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（StartFleetActions）用于启用服务器舰队自动扩缩容。
   */
  StartFleetActions: { request: StartFleetActionsRequest; response: StartFleetActionsResponse };
  /**
   * 开始放置游戏服务器会话 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（StartGameServerSessionPlacement）用于开始放置游戏服务器会话。
   */
  StartGameServerSessionPlacement: { request: StartGameServerSessionPlacementRequest; response: StartGameServerSessionPlacementResponse };
  /**
   * 停止服务器舰队自动扩缩容 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（StopFleetActions）用于停止服务器舰队自动扩缩容，改为手动扩缩容。
   */
  StopFleetActions: { request: StopFleetActionsRequest; response: StopFleetActionsResponse };
  /**
   * 停止放置游戏服务器会话 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（StopGameServerSessionPlacement）用于停止放置游戏服务器会话。
   */
  StopGameServerSessionPlacement: { request: StopGameServerSessionPlacementRequest; response: StopGameServerSessionPlacementResponse };
  /**
   * 更新别名的属性 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（UpdateAlias）用于更新别名的属性。
   */
  UpdateAlias: { request: UpdateAliasRequest; response: UpdateAliasResponse };
  /**
   * 修改生成包信息 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（UpdateAsset）用于修改生成包信息。
   */
  UpdateAsset: { request: UpdateAssetRequest; response: UpdateAssetResponse };
  /**
   * cos设置全球加速 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（UpdateBucketAccelerateOpt）用于开启cos全球加速。
   */
  UpdateBucketAccelerateOpt: { request: UpdateBucketAccelerateOptRequest; response: UpdateBucketAccelerateOptResponse };
  /**
   * 设置cos跨域访问 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（UpdateBucketCORSOpt）用于设置cos跨域访问。
   */
  UpdateBucketCORSOpt: { request: UpdateBucketCORSOptRequest; response: UpdateBucketCORSOptResponse };
  /**
   * 更新服务器舰队属性 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（UpdateFleetAttributes）用于更新服务器舰队属性。
   */
  UpdateFleetAttributes: { request: UpdateFleetAttributesRequest; response: UpdateFleetAttributesResponse };
  /**
   * 更新服务器舰队容量配置 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（UpdateFleetCapacity）用于更新服务器舰队容量配置。
   */
  UpdateFleetCapacity: { request: UpdateFleetCapacityRequest; response: UpdateFleetCapacityResponse };
  /**
   * 更新服务器舰队名称 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（UpdateFleetName）用于更新服务器舰队名称。
   */
  UpdateFleetName: { request: UpdateFleetNameRequest; response: UpdateFleetNameResponse };
  /**
   * 更新服务器舰队安全组 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（UpdateFleetPortSettings）用于更新服务器舰队安全组。
   */
  UpdateFleetPortSettings: { request: UpdateFleetPortSettingsRequest; response: UpdateFleetPortSettingsResponse };
  /**
   * 更新游戏服务器会话 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（UpdateGameServerSession）用于更新游戏服务器会话。
   */
  UpdateGameServerSession: { request: UpdateGameServerSessionRequest; response: UpdateGameServerSessionResponse };
  /**
   * 修改游戏服务器会话队列 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（UpdateGameServerSessionQueue）用于修改游戏服务器会话队列。
   */
  UpdateGameServerSessionQueue: { request: UpdateGameServerSessionQueueRequest; response: UpdateGameServerSessionQueueResponse };
  /**
   * 更新服务器舰队配置 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（UpdateRuntimeConfiguration）用于更新服务器舰队配置。
   */
  UpdateRuntimeConfiguration: { request: UpdateRuntimeConfigurationRequest; response: UpdateRuntimeConfigurationResponse };
}

/** One method per cloud API action. */
export interface GseCloudActions {
  /**
   * 关联云联网实例 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（AttachCcnInstances）用于关联云联网实例。
   */
  AttachCcnInstances(request: AttachCcnInstancesRequest, options?: GseCloudCallOptions): Promise<AttachCcnInstancesResponse>;
  /**
   * 复制服务器舰队 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（CopyFleet）用于复制服务器舰队。
   */
  CopyFleet(request: CopyFleetRequest, options?: GseCloudCallOptions): Promise<CopyFleetResponse>;
  /**
   * 创建别名 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（CreateAlias）用于创建别名。
   */
  CreateAlias(request: CreateAliasRequest, options?: GseCloudCallOptions): Promise<CreateAliasResponse>;
  /**
   * 创建生成包 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（CreateAsset）用于创建生成包。
   * 通过获取上传cos的临时密钥，将文件上传至cos，然后将生成包的zip名称下发给本接口完成资源创建。
   *
   * 上传文件至 cos支持俩种方式：
   *
   * - 获取预签名方式，COS 简单上传
   *     1. [GetUploadCredentials](https://cloud.tencent.com/document/product/1165/48727) 获取预签名信息
   *     2. 使用 COS API 进行上传([参考文档](https://cloud.tencent.com/document/product/436/7749))
   * -  临时密钥方式，COS 简单上传或者分块上传方式
   *     1. [GetUploadCredentials](https://cloud.tencent.com/document/product/1165/48727)（获取上传 bucket  第一次调用需要，后续可以不用调用）
   *     2. [GetUploadFederationToken](https://cloud.tencent.com/document/product/1165/48742) 获取临时密钥
   *     3. 使用 COS API 进行上传([参考文档](https://cloud.tencent.com/document/product/436/7742))
   *
   * 具体使用场景可以参考 [GetUploadCredentials](https://cloud.tencent.com/document/product/1165/48727) ,  [GetUploadFederationToken](https://cloud.tencent.com/document/product/1165/48742)和下面 CreateAsset 示例。
   */
  CreateAsset(request: CreateAssetRequest, options?: GseCloudCallOptions): Promise<CreateAssetResponse>;
  /**
   * 创建生成包镜像信息 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（CreateAssetWithImage）用于创建生成包镜像信息。
   */
  CreateAssetWithImage(request: CreateAssetWithImageRequest, options?: GseCloudCallOptions): Promise<CreateAssetWithImageResponse>;
  /**
   * 创建服务器舰队 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（CreateFleet）用于创建服务器舰队。
   */
  CreateFleet(request: CreateFleetRequest, options?: GseCloudCallOptions): Promise<CreateFleetResponse>;
  /**
   * 创建游戏服务器会话 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（CreateGameServerSession）用于创建游戏服务会话。
   */
  CreateGameServerSession(request: CreateGameServerSessionRequest, options?: GseCloudCallOptions): Promise<CreateGameServerSessionResponse>;
  /**
   * 创建游戏服务器会话队列 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（CreateGameServerSessionQueue）用于创建游戏服务器会话队列。
   */
  CreateGameServerSessionQueue(request: CreateGameServerSessionQueueRequest, options?: GseCloudCallOptions): Promise<CreateGameServerSessionQueueResponse>;
  /**
   * 删除别名 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DeleteAlias）用于删除别名。
   */
  DeleteAlias(request: DeleteAliasRequest, options?: GseCloudCallOptions): Promise<DeleteAliasResponse>;
  /**
   * 删除生成包 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DeleteAsset）用于删除生成包。
   */
  DeleteAsset(request: DeleteAssetRequest, options?: GseCloudCallOptions): Promise<DeleteAssetResponse>;
  /**
   * 删除服务器舰队 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DeleteFleet）用于删除服务器舰队。
   */
  DeleteFleet(request: DeleteFleetRequest, options?: GseCloudCallOptions): Promise<DeleteFleetResponse>;
  /**
   * 删除游戏服务器会话队列 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DeleteGameServerSessionQueue）用于删除游戏服务器会话队列。
   */
  DeleteGameServerSessionQueue(request: DeleteGameServerSessionQueueRequest, options?: GseCloudCallOptions): Promise<DeleteGameServerSessionQueueResponse>;
  /**
   * 删除扩缩容配置 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DeleteScalingPolicy）用于删除服务器舰队的扩缩容策略。
   * 通过服务器舰队ID和策略名称删除服务器舰队的扩缩容策略，只传递服务器舰队ID时，会将这个服务器舰队下的所有策略都删除。
   * 传递策略名称时，单独删除策略名称对应的策略。
   */
  DeleteScalingPolicy(request: DeleteScalingPolicyRequest, options?: GseCloudCallOptions): Promise<DeleteScalingPolicyResponse>;
  /**
   * 删除定时器 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DeleteTimerScalingPolicy）用于删除fleet下的定时器。
   */
  DeleteTimerScalingPolicy(request: DeleteTimerScalingPolicyRequest, options?: GseCloudCallOptions): Promise<DeleteTimerScalingPolicyResponse>;
  /**
   * 获取别名详情 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeAlias）用于获取别名详情。
   */
  DescribeAlias(request: DescribeAliasRequest, options?: GseCloudCallOptions): Promise<DescribeAliasResponse>;
  /**
   * 获取生成包信息 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeAsset）获取生成包信息。
   */
  DescribeAsset(request: DescribeAssetRequest, options?: GseCloudCallOptions): Promise<DescribeAssetResponse>;
  /**
   * 拉取生成包列表 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeAssets）用于获取生成包列表。
   */
  DescribeAssets(request: DescribeAssetsRequest, options?: GseCloudCallOptions): Promise<DescribeAssetsResponse>;
  /**
   * 获取生成包支持的操作系统列表 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeAssetSystems）用于获取生成包支持的操作系统。
   */
  DescribeAssetSystems(request: DescribeAssetSystemsRequest, options?: GseCloudCallOptions): Promise<DescribeAssetSystemsResponse>;
  /**
   * 查询云联网实例 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeCcnInstances）用于查询云联网实例。
   */
  DescribeCcnInstances(request: DescribeCcnInstancesRequest, options?: GseCloudCallOptions): Promise<DescribeCcnInstancesResponse>;
  /**
   * 获取服务器舰队属性 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeFleetAttributes）用于查询服务器舰队属性。
   */
  DescribeFleetAttributes(request: DescribeFleetAttributesRequest, options?: GseCloudCallOptions): Promise<DescribeFleetAttributesResponse>;
  /**
   * 查询游戏服务器舰队容量配置 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeFleetCapacity）用于查询服务部署容量配置。
   */
  DescribeFleetCapacity(request: DescribeFleetCapacityRequest, options?: GseCloudCallOptions): Promise<DescribeFleetCapacityResponse>;
  /**
   * 查询服务器舰队的事件列表 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeFleetEvents）用于查询服务器舰队相关的事件列表。
   */
  DescribeFleetEvents(request: DescribeFleetEventsRequest, options?: GseCloudCallOptions): Promise<DescribeFleetEventsResponse>;
  /**
   * 服务器舰队安全组信息查询 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeFleetPortSettings）用于获取服务器舰队安全组信息。
   */
  DescribeFleetPortSettings(request: DescribeFleetPortSettingsRequest, options?: GseCloudCallOptions): Promise<DescribeFleetPortSettingsResponse>;
  /**
   * 获取与游戏服务器舰队关联的资源信息 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeFleetRelatedResources）用于获取与游戏服务器舰队关联的资源信息，如别名、队列
   */
  DescribeFleetRelatedResources(request: DescribeFleetRelatedResourcesRequest, options?: GseCloudCallOptions): Promise<DescribeFleetRelatedResourcesResponse>;
  /**
   * 查询服务部署统计详情 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeFleetStatisticDetails）用于查询服务部署统计详情。
   */
  DescribeFleetStatisticDetails(request: DescribeFleetStatisticDetailsRequest, options?: GseCloudCallOptions): Promise<DescribeFleetStatisticDetailsResponse>;
  /**
   * 查询服务部署统计用量 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeFleetStatisticFlows）用于查询服务部署统计用量。
   */
  DescribeFleetStatisticFlows(request: DescribeFleetStatisticFlowsRequest, options?: GseCloudCallOptions): Promise<DescribeFleetStatisticFlowsResponse>;
  /**
   * 查询服务部署统计汇总信息 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeFleetStatisticSummary）用于查询服务部署统计汇总信息。
   */
  DescribeFleetStatisticSummary(request: DescribeFleetStatisticSummaryRequest, options?: GseCloudCallOptions): Promise<DescribeFleetStatisticSummaryResponse>;
  /**
   * 查询服务器舰队的利用率信息 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeFleetUtilization）用于查询服务器舰队的利用率信息。
   */
  DescribeFleetUtilization(request: DescribeFleetUtilizationRequest, options?: GseCloudCallOptions): Promise<DescribeFleetUtilizationResponse>;
  /**
   * 查询游戏服务器会话详情列表 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeGameServerSessionDetails）用于查询游戏服务器会话详情列表。
   */
  DescribeGameServerSessionDetails(request: DescribeGameServerSessionDetailsRequest, options?: GseCloudCallOptions): Promise<DescribeGameServerSessionDetailsResponse>;
  /**
   * 查询游戏服务器会话的放置 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeGameServerSessionPlacement）用于查询游戏服务器会话的放置。
   */
  DescribeGameServerSessionPlacement(request: DescribeGameServerSessionPlacementRequest, options?: GseCloudCallOptions): Promise<DescribeGameServerSessionPlacementResponse>;
  /**
   * 查询游戏服务器会话队列 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeGameServerSessionQueues）用于查询游戏服务器会话队列。
   */
  DescribeGameServerSessionQueues(request: DescribeGameServerSessionQueuesRequest, options?: GseCloudCallOptions): Promise<DescribeGameServerSessionQueuesResponse>;
  /**
   * 查询游戏服务器会话列表 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeGameServerSessions）用于查询游戏服务器会话列表。
   */
  DescribeGameServerSessions(request: DescribeGameServerSessionsRequest, options?: GseCloudCallOptions): Promise<DescribeGameServerSessionsResponse>;
  /**
   * 查询用户实例数限额 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeInstanceLimit）用于查询用户实例数限额。
   */
  DescribeInstanceLimit(request: DescribeInstanceLimitRequest, options?: GseCloudCallOptions): Promise<DescribeInstanceLimitResponse>;
  /**
   * 查询服务器实例列表 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeInstances）用于查询服务器实例列表。
   */
  DescribeInstances(request: DescribeInstancesRequest, options?: GseCloudCallOptions): Promise<DescribeInstancesResponse>;
  /**
   * 查询实例扩展信息列表 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeInstancesExtend）用于查询实例扩展信息列表。
   */
  DescribeInstancesExtend(request: DescribeInstancesExtendRequest, options?: GseCloudCallOptions): Promise<DescribeInstancesExtendResponse>;
  /**
   * 获取服务器实例类型列表 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeInstanceTypes）用于获取服务器实例类型列表。
   */
  DescribeInstanceTypes(request: DescribeInstanceTypesRequest, options?: GseCloudCallOptions): Promise<DescribeInstanceTypesResponse>;
  /**
   * 查询玩家会话列表 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribePlayerSessions）用于获取玩家会话列表。
   */
  DescribePlayerSessions(request: DescribePlayerSessionsRequest, options?: GseCloudCallOptions): Promise<DescribePlayerSessionsResponse>;
  /**
   * 获取服务器舰队运行配置 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeRuntimeConfiguration）用于获取服务器舰队运行配置。
   */
  DescribeRuntimeConfiguration(request: DescribeRuntimeConfigurationRequest, options?: GseCloudCallOptions): Promise<DescribeRuntimeConfigurationResponse>;
  /**
   * 查询扩缩容配置 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeScalingPolicies）用于查询服务器舰队的动态扩缩容策略列表。
   */
  DescribeScalingPolicies(request: DescribeScalingPoliciesRequest, options?: GseCloudCallOptions): Promise<DescribeScalingPoliciesResponse>;
  /**
   * 查询定时器列表 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeTimerScalingPolicies）用于查询fleet下的定时器列表。可以通过fleetid，定时器名称分页查询。
   */
  DescribeTimerScalingPolicies(request: DescribeTimerScalingPoliciesRequest, options?: GseCloudCallOptions): Promise<DescribeTimerScalingPoliciesResponse>;
  /**
   * 获取用户单个模块配额 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeUserQuota）获取用户单个模块配额。
   */
  DescribeUserQuota(request: DescribeUserQuotaRequest, options?: GseCloudCallOptions): Promise<DescribeUserQuotaResponse>;
  /**
   * 获取用户配额 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DescribeUserQuotas）用于获取用户配额
   */
  DescribeUserQuotas(request: DescribeUserQuotasRequest, options?: GseCloudCallOptions): Promise<DescribeUserQuotasResponse>;
  /**
   * 解关联云联网实例 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（DetachCcnInstances）用于解关联云联网实例。
   */
  DetachCcnInstances(request: DetachCcnInstancesRequest, options?: GseCloudCallOptions): Promise<DetachCcnInstancesResponse>;
  /**
   * 终止游戏服务器会话和对应的进程 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（EndGameServerSessionAndProcess）用于终止游戏服务器会话和对应的进程，适用于时限保护和不保护。
   */
  EndGameServerSessionAndProcess(request: EndGameServerSessionAndProcessRequest, options?: GseCloudCallOptions): Promise<EndGameServerSessionAndProcessResponse>;
  /**
   * 获取游戏服务器实例的日志URL (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口用于获取游戏服务器实例的日志URL。
   */
  GetGameServerInstanceLogUrl(request: GetGameServerInstanceLogUrlRequest, options?: GseCloudCallOptions): Promise<GetGameServerInstanceLogUrlResponse>;
  /**
   * 获取游戏服务器会话的日志URL (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（GetGameServerSessionLogUrl）用于获取游戏服务器会话的日志URL。
   */
  GetGameServerSessionLogUrl(request: GetGameServerSessionLogUrlRequest, options?: GseCloudCallOptions): Promise<GetGameServerSessionLogUrlResponse>;
  /**
   * 获取实例登录所需要的凭据 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（GetInstanceAccess）用于获取实例登录所需要的凭据。
   */
  GetInstanceAccess(request: GetInstanceAccessRequest, options?: GseCloudCallOptions): Promise<GetInstanceAccessResponse>;
  /**
   * 获取上传文件授权信息 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（GetUploadCredentials）获取上传文件授权信息。
   * 通过 [GetUploadCredentials](https://cloud.tencent.com/document/product/1165/48727) 接口获取临时授权信息后，调用 COS API将数据上传，根据上传的 BucketKey 信息进行生成包 [CreateAsset](https://cloud.tencent.com/document/product/1165/48731) 的创建。参考下面的示例部分。
   */
  GetUploadCredentials(request: GetUploadCredentialsRequest, options?: GseCloudCallOptions): Promise<GetUploadCredentialsResponse>;
  /**
   * 获取上传的临时密钥 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（GetUploadFederationToken）用于 获取生成包上传所需要的临时密钥。
   */
  GetUploadFederationToken(request: GetUploadFederationTokenRequest, options?: GseCloudCallOptions): Promise<GetUploadFederationTokenResponse>;
  /**
   * 加入游戏服务器会话 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（JoinGameServerSession）用于加入游戏服务器会话。
   */
  JoinGameServerSession(request: JoinGameServerSessionRequest, options?: GseCloudCallOptions): Promise<JoinGameServerSessionResponse>;
  /**
   * 批量加入游戏服务器会话 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（JoinGameServerSessionBatch）用于批量加入游戏服务器会话。
   */
  JoinGameServerSessionBatch(request: JoinGameServerSessionBatchRequest, options?: GseCloudCallOptions): Promise<JoinGameServerSessionBatchResponse>;
  /**
   * 检索帐户下的所有别名 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（ListAliases）用于检索帐户下的所有别名。
   */
  ListAliases(request: ListAliasesRequest, options?: GseCloudCallOptions): Promise<ListAliasesResponse>;
  /**
   * 获取服务器舰队列表 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（ListFleets）用于获取服务器舰队列表。
   */
  ListFleets(request: ListFleetsRequest, options?: GseCloudCallOptions): Promise<ListFleetsResponse>;
  /**
   * 设置扩缩容策略 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（PutScalingPolicy）用于设置服务器舰队的动态扩缩容策略。
   *
   * 通过此接口可以增加或者更新服务器舰队的扩缩容策略。
   * 服务器舰队可以有多个扩缩容策略，但是只有一个TargetBased基于目标的策略。
   *
   * ## TargetBased基于目标的策略
   *
   * TargetBased策略计算的指标是PercentAvailableGameSessions，这个策略用于计算当前服务器舰队应该有多少个CVM实例来支撑和分配游戏会话。
   * PercentAvailableGameSessions表示服务器舰队的缓冲值；用来计算服务器舰队在当前容量下可以处理的额外玩家会话数量。
   * 如果使用基于目标的策略，可以按照业务需求设置一个期望的缓冲区大小，GSE的会按照配置的策略来扩容和缩容到这个目标要求的CVM实例数。
   *
   * 例如：客户可以设置同时承载100个游戏会话的服务器舰队预留10%的缓冲区。GSE会按照这个策略执行时，若服务器舰队的可用容量低于或高于10%的游戏服务器会话时，执行扩缩容动作。
   * GSE按照策略期望，扩容新CVM实例或缩容未使用的实例，保持在10%左右的缓冲区。
   *
   * #### 请求参数取值说明
   *
   * ```
   * Name取值策略名称，
   * FleetId取值为选择的服务器舰队ID，
   * PolicyType取值TargetBased，
   * MetricName取值PercentAvailableGameSessions，
   * TargetConfiguration取值为所需的缓冲区值对象，
   * 其他参数不用传递。
   * 请求成功时，将返回策略名称。扩缩容策略在成功创建立即自动生效。
   * ```
   *
   *
   *
   * ## RuleBased基于规则的策略
   *
   * ####  请求参数取值说明
   *
   * ```
   * Name取值策略名称，
   * FleetId取值为选择的服务器舰队ID，
   * PolicyType取值RuleBased，
   * MetricName取值（AvailableGameServerSessions，AvailableCustomCount，PercentAvailableCustomCount，ActiveInstances，IdleInstances，CurrentPlayerSessions和PercentIdleInstances）说明见备注1，
   * 其他参数不用传递。
   * ComparisonOperator取值为 >,>=,<,<=这4个比较符号中的一个，
   * Threshold取值为指标MetricName达到的阈值是多少，
   * EvaluationPeriods取值为指标MetricName达到的阈值持续了多少时间，单位是分钟，
   * ScalingAdjustmentType取值（ChangeInCapacity，ExactCapacity，PercentChangeInCapacity）说明见备注2
   * ScalingAdjustment取值为指标MetricName达到的阈值的条件后，扩缩容多少个CVM实例。
   * 请求成功时，将返回策略名称。扩缩容策略在成功创建立即自动生效。
   * ```
   *
   * 规则执行的条件表达式如下所示：
   *
   * ```
   * 若 [MetricName] 是 [ComparisonOperator] [Threshold] 持续 [EvaluationPeriods] 分钟, 则 [ScalingAdjustmentType] 调整 [ScalingAdjustment]个实例。
   * ```
   * ```
   * if [MetricName] ComparisonOperator [Threshold] for [EvaluationPeriods] minutes, then scaling up by/to  [ScalingAdjustment]
   * ```
   * 例如1：如果当前AvailableCustomCount值大于等于10，持续5分钟，扩容1台CVM实例。
   * ```
   * ScalingAdjustmentType = ChangeInCapacity
   * if [AvailableGameServerSessions] >= [10] for [5] minutes, then scaling up [1]
   * ```
   * 例如2：如果当前AvailableGameServerSessions值大于等于200，持续5分钟，扩容到2台CVM实例。
   * ```
   * ScalingAdjustmentType = ExactCapacity
   * if [AvailableGameServerSessions] >= [200] for [5] minutes, then scaling to [2]
   * ```
   * 例如3：如果当前AvailableCustomCount值大于等于400，持续5分钟，扩容20%台CVM实例。
   * 当前CVM实例数为10台。扩容20%台CVM实例就是增加 10*20%等于2台
   * ```
   * ScalingAdjustmentType = PercentChangeInCapacity
   * if [AvailableGameServerSessions] >= [400] for [5] minutes, then scaling by [currentCVMCount * 20 %]
   * ```
   * **备注1**
   *
   * - | 策略名称（MetricName）                                       | 计算公式                                   | 场景                                        | 场景使用举例                                                 |
   *   | :----------------------------------------------------------- | :----------------------------------------- | :------------------------------------------ | :----------------------------------------------------------- |
   *   | CurrentPlayerSessions<br>当前玩家数指标                      | = 当前在线的玩家数                         | CVM随着玩家会话数变化做扩缩容。             | 例如：<br>MetricName: CurrentPlayerSessions<br>ComparisonOperator: '<=' <br>Threshold: 300<br/>EvaluationPeriods: 1<br/>ScalingAdjustment: 2<br/>ScalingAdjustment: ChangeInCapacity<br>说明：若当前CurrentPlayerSessions小于等于300，持续1分钟，则扩容2台CVM。 |
   *   | AvailableGameServerSessions<br>可用游戏服务器会话数          | = 可用游戏服务会话数                       | CVM随着可用游戏会话数变化做扩缩容。         | 例如：<br/>MetricName: AvailableGameServerSessions<br/>ComparisonOperator: '<' <br/>Threshold: 50<br/>EvaluationPeriods: 5<br/>ScalingAdjustment: 2<br/>ScalingAdjustment: ExactCapacity<br/>说明：若当前AvailableGameServerSessions小于50，持续5分钟，则扩容到2台CVM。 |
   *   | PercentAvailableGameServerSessions<br>可用游戏服务器会话百分比 | = 空闲游戏会话数 / 所有的游戏会话数 * 100% | CVM随着可用游戏会话数百分比变化做扩缩容。   | 例如：<br/>MetricName: PercentAvailableGameServerSessions<br/>ComparisonOperator: '<' <br/>Threshold: 50<br/>EvaluationPeriods: 1<br/>ScalingAdjustment: -30<br/>ScalingAdjustment: PercentChangeInCapacity<br/>说明：若当前PercentAvailableGameServerSessions小于50%，持续1分钟，则缩容当前实例数30%台CVM。 |
   *   | AvailableCustomCount<br>可用客户自定义数指标                 | = 客户自定义的数                           | CVM随着可用客户自定义数变化做扩缩容。       | 例如：<br/>MetricName: AvailableCustomCount<br/>ComparisonOperator: '>=' <br/>Threshold: 6<br/>EvaluationPeriods: 3<br/>ScalingAdjustment: -1<br/>ScalingAdjustment: ExactCapacity<br/>说明：若当前AvailableCustomCount大于等于6，持续3分钟，则缩容到1台CVM。 |
   *   | PercentAvailableCustomCount<br>可用客户自定义数百分比        | = 客户自定义数 / 客户最大自定义数* 100%    | CVM随着可用客户自定义数百分比变化做扩缩容。 | 例如：<br/>MetricName: PercentAvailableCustomCount<br/>ComparisonOperator: '<' <br/>Threshold: 15<br/>EvaluationPeriods: 3<br/>ScalingAdjustment: 1<br/>ScalingAdjustment: ChangeInCapacity<br/>说明：若当前PercentAvailableCustomCount小于15%，持续3分钟，则扩容1台CVM。 |
   *   | ActiveInstances<br>活跃实例数指标                            | = 总实例数 - 缩容中的实例数                | CVM随着活跃实例数变化做扩缩容。             | 例如：<br/>MetricName: ActiveInstances<br/>ComparisonOperator: '<' <br/>Threshold: 3<br/>EvaluationPeriods: 1<br/>ScalingAdjustment: 3<br/>ScalingAdjustment: ExactCapacity<br/>说明：若当前ActiveInstances小于3台，持续1分钟，则扩容保留到3台CVM。 |
   *   | IdleInstances<br>空闲实例数指标                              | = 未使用的进程数 / 每实例进程数            | CVM随着空闲实例数变化做扩缩容。             | 例如：<br/>MetricName: IdleInstances<br/>ComparisonOperator: '<' <br/>Threshold: 2<br/>EvaluationPeriods: 3<br/>ScalingAdjustment: 1<br/>ScalingAdjustment: ChangeInCapacity<br/>说明：若当前IdleInstances小于2台，持续3分钟，则扩容1台CVM。 |
   *   | PercentIdleInstances<br>空闲实例百分比                       | = IdleInstances / ActiveInstances * 100%   | CVM随着空闲实例百分比变化做扩缩容。         | 例如：<br/>MetricName: PercentIdleInstances<br/>ComparisonOperator: '<' <br/>Threshold: 50<br/>EvaluationPeriods: 3<br/>ScalingAdjustment: 1<br/>ScalingAdjustment: ChangeInCapacity<br/>说明：若当前PercentIdleInstances小于50%，持续3分钟，则扩容1台CVM。 |
   *
   *
   *
   * **备注2**
   *
   * **ChangeInCapacity**
   *
   *     当前CVM实例个数的扩容或缩容的调整值。正值按值扩容，负值按值缩容。
   *
   * **ExactCapacity**
   *
   *     把当前CVM实例个数调整为ScalingAdjustment设置的CVM实例数。
   *
   * **PercentChangeInCapacity**
   *
   *     按比例增加或减少的百分比。正值按比例扩容，负值按比例缩容；例如，值“-10”将按10%的比例缩容CVM实例。
   */
  PutScalingPolicy(request: PutScalingPolicyRequest, options?: GseCloudCallOptions): Promise<PutScalingPolicyResponse>;
  /**
   * 创建或更新定时器 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（PutTimerScalingPolicy）用于给fleet创建或更新定时器。
   *
   * 填写字段timer_id，表示更新；不填字段timer_id表示新增。
   */
  PutTimerScalingPolicy(request: PutTimerScalingPolicyRequest, options?: GseCloudCallOptions): Promise<PutTimerScalingPolicyResponse>;
  /**
   * 获取别名当前指向的fleetId (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（ResolveAlias）用于获取别名当前指向的fleetId。
   */
  ResolveAlias(request: ResolveAliasRequest, options?: GseCloudCallOptions): Promise<ResolveAliasResponse>;
  /**
   * 搜索游戏服务器会话列表 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（SearchGameServerSessions）用于搜索游戏服务器会话列表。
   */
  SearchGameServerSessions(request: SearchGameServerSessionsRequest, options?: GseCloudCallOptions): Promise<SearchGameServerSessionsResponse>;
  /**
   * 设置实例保留 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（SetServerReserved）用于将异常的实例标记为保留，用于问题排查。
   *
   * 字段ReserveValue：0默认值，不保留；1 保留
   */
  SetServerReserved(request: SetServerReservedRequest, options?: GseCloudCallOptions): Promise<SetServerReservedResponse>;
  /**
   * 设置服务器权重 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（SetServerWeight）用于设置服务器权重。
   */
  SetServerWeight(request: SetServerWeightRequest, options?: GseCloudCallOptions): Promise<SetServerWeightResponse>;
  /**
   * 启用服务器舰队自动扩缩容 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（StartFleetActions）用于启用服务器舰队自动扩缩容。
   */
  StartFleetActions(request: StartFleetActionsRequest, options?: GseCloudCallOptions): Promise<StartFleetActionsResponse>;
  /**
   * 开始放置游戏服务器会话 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（StartGameServerSessionPlacement）用于开始放置游戏服务器会话。
   */
  StartGameServerSessionPlacement(request: StartGameServerSessionPlacementRequest, options?: GseCloudCallOptions): Promise<StartGameServerSessionPlacementResponse>;
  /**
   * 停止服务器舰队自动扩缩容 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（StopFleetActions）用于停止服务器舰队自动扩缩容，改为手动扩缩容。
   */
  StopFleetActions(request: StopFleetActionsRequest, options?: GseCloudCallOptions): Promise<StopFleetActionsResponse>;
  /**
   * 停止放置游戏服务器会话 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（StopGameServerSessionPlacement）用于停止放置游戏服务器会话。
   */
  StopGameServerSessionPlacement(request: StopGameServerSessionPlacementRequest, options?: GseCloudCallOptions): Promise<StopGameServerSessionPlacementResponse>;
  /**
   * 更新别名的属性 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（UpdateAlias）用于更新别名的属性。
   */
  UpdateAlias(request: UpdateAliasRequest, options?: GseCloudCallOptions): Promise<UpdateAliasResponse>;
  /**
   * 修改生成包信息 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（UpdateAsset）用于修改生成包信息。
   */
  UpdateAsset(request: UpdateAssetRequest, options?: GseCloudCallOptions): Promise<UpdateAssetResponse>;
  /**
   * cos设置全球加速 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（UpdateBucketAccelerateOpt）用于开启cos全球加速。
   */
  UpdateBucketAccelerateOpt(request: UpdateBucketAccelerateOptRequest, options?: GseCloudCallOptions): Promise<UpdateBucketAccelerateOptResponse>;
  /**
   * 设置cos跨域访问 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（UpdateBucketCORSOpt）用于设置cos跨域访问。
   */
  UpdateBucketCORSOpt(request: UpdateBucketCORSOptRequest, options?: GseCloudCallOptions): Promise<UpdateBucketCORSOptResponse>;
  /**
   * 更新服务器舰队属性 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（UpdateFleetAttributes）用于更新服务器舰队属性。
   */
  UpdateFleetAttributes(request: UpdateFleetAttributesRequest, options?: GseCloudCallOptions): Promise<UpdateFleetAttributesResponse>;
  /**
   * 更新服务器舰队容量配置 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（UpdateFleetCapacity）用于更新服务器舰队容量配置。
   */
  UpdateFleetCapacity(request: UpdateFleetCapacityRequest, options?: GseCloudCallOptions): Promise<UpdateFleetCapacityResponse>;
  /**
   * 更新服务器舰队名称 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（UpdateFleetName）用于更新服务器舰队名称。
   */
  UpdateFleetName(request: UpdateFleetNameRequest, options?: GseCloudCallOptions): Promise<UpdateFleetNameResponse>;
  /**
   * 更新服务器舰队安全组 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（UpdateFleetPortSettings）用于更新服务器舰队安全组。
   */
  UpdateFleetPortSettings(request: UpdateFleetPortSettingsRequest, options?: GseCloudCallOptions): Promise<UpdateFleetPortSettingsResponse>;
  /**
   * 更新游戏服务器会话 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（UpdateGameServerSession）用于更新游戏服务器会话。
   */
  UpdateGameServerSession(request: UpdateGameServerSessionRequest, options?: GseCloudCallOptions): Promise<UpdateGameServerSessionResponse>;
  /**
   * 修改游戏服务器会话队列 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（UpdateGameServerSessionQueue）用于修改游戏服务器会话队列。
   */
  UpdateGameServerSessionQueue(request: UpdateGameServerSessionQueueRequest, options?: GseCloudCallOptions): Promise<UpdateGameServerSessionQueueResponse>;
  /**
   * 更新服务器舰队配置 (deprecated)
   *
   * 此接口无法使用，游戏服务器引擎GSE已于6.1正式下架，感谢您的支持
   *
   * 本接口（UpdateRuntimeConfiguration）用于更新服务器舰队配置。
   */
  UpdateRuntimeConfiguration(request: UpdateRuntimeConfigurationRequest, options?: GseCloudCallOptions): Promise<UpdateRuntimeConfigurationResponse>;
}

/** 别名对象 */
export interface Alias {
  /** 别名的唯一标识符 */
  AliasId: string;
  /** 别名的全局唯一资源标识符 */
  AliasArn: string;
  /** 名字，长度不小于1字符不超过1024字符 */
  Name: string;
  /**
   * 别名的可读说明，长度不小于1字符不超过1024字符
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  Description: string | null;
  /** 别名的路由配置 */
  RoutingStrategy: RoutingStrategy;
  /** 创建时间 */
  CreationTime: string;
  /** 上次修改此数据对象的时间 */
  LastUpdatedTime: string;
  /**
   * 标签列表，最大长度50组
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  Tags: Tag[] | null;
}

/** 生成包信息 */
export interface Asset {
  /** 生成包ID */
  AssetId: string;
  /** 生成包名字，最小长度为1，最大长度为64 */
  AssetName: string;
  /** 生成包版本，最小长度为1，最大长度为64 */
  AssetVersion: string;
  /** 生成包可运行的操作系统，暂时只支持CentOS7.16 */
  OperateSystem: string;
  /** 生成包状态，0代表上传中，1代表上传失败，2代表上传成功 */
  Stauts: number;
  /** 生成包大小 */
  Size: string;
  /** 生成包创建时间 */
  CreateTime: string;
  /** 生成包绑定的Fleet个数，最小值为0 */
  BindFleetNum: number;
  /** 生成包的全局唯一资源标识符 */
  AssetArn: string;
  /** 生成包支持的操作系统镜像id */
  ImageId: string;
  /** 生成包支持的操作系统类型 */
  OsType: string;
  /** 生成包资源类型，ASSET 或者 IMAGE；ASSET 代表是原有生成包类型，IMAGE 为扩充使用镜像类型 */
  ResourceType: string;
  /** 镜像资源共享类型，当 ResourceType 为 IMAGE 时该字段有意义，SHARED 表示共享、SHARED_IMAGE 表示未共享；ResourceType 为 ASSET 时这里返回 UNKNOWN_SHARED 用于占位 */
  SharingStatus: string;
  /**
   * 标签列表，最大长度50组
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  Tags: Tag[] | null;
}

/** 上传Asset的临时证书 */
export interface AssetCredentials {
  /** 临时证书密钥ID */
  TmpSecretId: string;
  /** 临时证书密钥Key */
  TmpSecretKey: string;
  /** 临时证书Token */
  Token: string;
}

/** 生成包支持操作系统详细信息 */
export interface AssetSupportSys {
  /** 生成包操作系统的镜像Id */
  ImageId: string;
  /** 生成包操作系统的类型 */
  OsType: string;
  /** 生成包操作系统的位数 */
  OsBit: number;
  /** 生成包操作系统的版本 */
  OsVersion: string;
}

/** AttachCcnInstances请求参数结构体 */
export interface AttachCcnInstancesRequest {
  /** 服务器舰队 Id */
  FleetId?: string;
  /** 云联网账号 Uin */
  AccountId?: string;
  /** 云联网 Id */
  CcnId?: string;
}

/** AttachCcnInstances返回参数结构体 */
export interface AttachCcnInstancesResponse {
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** 云联网相关信息 */
export interface CcnInfo {
  /** 云联网所属账号 */
  AccountId: string;
  /** 云联网id */
  CcnId: string;
}

/** 云联网实例信息 */
export interface CcnInstanceSets {
  /**
   * 云联网账号 Uin
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  AccountId: string | null;
  /**
   * 云联网 Id
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  CcnId: string | null;
  /**
   * 云联网关联时间
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  CreateTime: string | null;
  /**
   * 云联网实例名称
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  InstanceName: string | null;
  /**
   * 云联网状态：申请中、已连接、已过期、已拒绝、已删除、失败的、关联中、解关联中、解关联失败
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  State: string | null;
}

/** CopyFleet请求参数结构体 */
export interface CopyFleetRequest {
  /** 服务器舰队 Id */
  FleetId: string;
  /** 复制数量，最小值1，最大值为剩余配额，可以根据[获取用户配额](https://cloud.tencent.com/document/product/1165/48732)接口获取。 */
  CopyNumber: number;
  /** 生成包 Id */
  AssetId?: string;
  /** 描述，最小长度0，最大长度100 */
  Description?: string;
  /** 网络配置 */
  InboundPermissions?: InboundPermission[];
  /** 服务器类型，参数根据[获取服务器实例类型列表](https://cloud.tencent.com/document/product/1165/48732)接口获取。 */
  InstanceType?: string;
  /** 服务器舰队类型，目前只支持ON_DEMAND类型 */
  FleetType?: string;
  /** 服务器舰队名称，最小长度1，最大长度50 */
  Name?: string;
  /** 保护策略：不保护NoProtection、完全保护FullProtection、时限保护TimeLimitProtection */
  NewGameServerSessionProtectionPolicy?: string;
  /** 资源创建限制策略 */
  ResourceCreationLimitPolicy?: ResourceCreationLimitPolicy;
  /** 进程配置 */
  RuntimeConfiguration?: RuntimeConfiguration;
  /** 时限保护超时时间，默认60分钟，最小值5，最大值1440；当NewGameSessionProtectionPolicy为TimeLimitProtection时参数有效 */
  GameServerSessionProtectionTimeLimit?: number;
  /** 是否选择扩缩容：SCALING_SELECTED 或者 SCALING_UNSELECTED；默认是 SCALING_UNSELECTED */
  SelectedScalingType?: string;
  /** 是否选择云联网：CCN_SELECTED_BEFORE_CREATE（创建前关联）， CCN_SELECTED_AFTER_CREATE（创建后关联）或者 CCN_UNSELECTED（不关联）；默认是 CCN_UNSELECTED */
  SelectedCcnType?: string;
  /** 标签列表，最大长度50组 */
  Tags?: Tag[];
  /** 系统盘，储存类型为 SSD 云硬盘（CLOUD_SSD）时，100-500GB；储存类型为高性能云硬盘（CLOUD_PREMIUM）时，50-500GB；容量以1为单位 */
  SystemDiskInfo?: DiskInfo;
  /** 数据盘，储存类型为 SSD 云硬盘（CLOUD_SSD）时，100-32000GB；储存类型为高性能云硬盘（CLOUD_PREMIUM）时，10-32000GB；容量以10为单位 */
  DataDiskInfo?: DiskInfo[];
  /** 是否选择复制定时器策略：TIMER_SELECTED 或者 TIMER_UNSELECTED；默认是 TIMER_UNSELECTED */
  SelectedTimerType?: string;
  /** 云联网信息，包含对应的账号信息及所属id */
  CcnInfos?: CcnInfo[];
  /** fleet公网出带宽最大值，默认100Mbps，范围1-200Mbps */
  InternetMaxBandwidthOut?: number;
}

/** CopyFleet返回参数结构体 */
export interface CopyFleetResponse {
  /**
   * 服务器舰队属性
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  FleetAttributes: FleetAttributes[] | null;
  /** 服务器舰队数量 */
  TotalCount: number;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** CreateAlias请求参数结构体 */
export interface CreateAliasRequest {
  /** 名字，长度不小于1字符不超过1024字符 */
  Name: string;
  /** 别名的路由配置 */
  RoutingStrategy: RoutingStrategy;
  /** 别名的可读说明，长度不小于1字符不超过1024字符 */
  Description?: string;
  /** 标签列表，最大长度50组 */
  Tags?: Tag[];
}

/** CreateAlias返回参数结构体 */
export interface CreateAliasResponse {
  /** 别名对象 */
  Alias: Alias;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** CreateAsset请求参数结构体 */
export interface CreateAssetRequest {
  /** 生成包的ZIP包名，例如：server.zip */
  BucketKey: string;
  /** 生成包名字，最小长度为1，最大长度为64 */
  AssetName: string;
  /** 生成包版本，最小长度为1，最大长度为64 */
  AssetVersion: string;
  /** 生成包所在地域，详见产品支持的 [地域列表](https://cloud.tencent.com/document/api/1165/42053#.E5.9C.B0.E5.9F.9F.E5.88.97.E8.A1.A8) */
  AssetRegion: string;
  /** 生成包可运行的操作系统，若传入参数为CentOS7.16则不需要传入ImageId字段，否则，需要传入Imageid字段（该方式是为了兼容之前的版本，后续建议使用ImageId来替代该字段）。这里可通过[DescribeAssetSystems](https://cloud.tencent.com/document/product/1165/49191)接口获取asset支持的操作系统进行传入（使用AssetSupportSys的OsVersion字段） */
  OperateSystem: string;
  /** 生成包支持的操作系统镜像id，若传入OperateSystem字段的值是CentOS7.16，则不需要传入该值；如果不是，则需要通过[DescribeAssetSystems](https://cloud.tencent.com/document/product/1165/49191)接口获取asset支持的操作系统ImageId进行传入 */
  ImageId?: string;
  /** 标签列表，最大长度50组 */
  Tags?: Tag[];
}

/** CreateAsset返回参数结构体 */
export interface CreateAssetResponse {
  /** 生成包ID */
  AssetId: string;
  /** 生成包的全局唯一资源标识符 */
  AssetArn: string;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** CreateAssetWithImage请求参数结构体 */
export interface CreateAssetWithImageRequest {
  /** 生成包名字，最小长度为1，最大长度为64 */
  AssetName: string;
  /** 生成包版本，最小长度为1，最大长度为64 */
  AssetVersion: string;
  /** 生成包所在地域，详见产品支持的 [地域列表](https://cloud.tencent.com/document/api/1165/42053#.E5.9C.B0.E5.9F.9F.E5.88.97.E8.A1.A8) */
  AssetRegion: string;
  /** 生成包支持的操作系统镜像id */
  ImageId: string;
  /** 操作系统镜像包大小，比如：40GB，支持单位 KB、MB、GB */
  ImageSize: string;
  /** 操作系统镜像包名称，最小长度为1，最大长度为64 */
  ImageOs: string;
  /** 操作系统镜像包类型，CentOS 或者 Windows */
  OsType: string;
  /** 操作系统镜像包类型，当前只支持 SHARED_IMAGE */
  ImageType: string;
  /** 操作系统镜像包位数，32 或者 64 */
  OsBit: number;
}

/** CreateAssetWithImage返回参数结构体 */
export interface CreateAssetWithImageResponse {
  /** 生成包ID */
  AssetId: string;
  /** 生成包的全局唯一资源标识符 */
  AssetArn: string;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** CreateFleet请求参数结构体 */
export interface CreateFleetRequest {
  /** 生成包 Id */
  AssetId?: string;
  /** 描述，最小长度0，最大长度100 */
  Description?: string;
  /** 网络配置 */
  InboundPermissions?: InboundPermission[];
  /** 服务器类型，参数根据[获取服务器实例类型列表](https://cloud.tencent.com/document/product/1165/48732)接口获取。 */
  InstanceType?: string;
  /** 服务器舰队类型，目前只支持ON_DEMAND类型 */
  FleetType?: string;
  /** 服务器舰队名称，最小长度1，最大长度50 */
  Name?: string;
  /** 保护策略：不保护NoProtection、完全保护FullProtection、时限保护TimeLimitProtection */
  NewGameServerSessionProtectionPolicy?: string;
  /** VPC 网络 Id，对等连接已不再使用 */
  PeerVpcId?: string;
  /** 资源创建限制策略 */
  ResourceCreationLimitPolicy?: ResourceCreationLimitPolicy;
  /** 进程配置 */
  RuntimeConfiguration?: RuntimeConfiguration;
  /** VPC 子网，对等连接已不再使用 */
  SubNetId?: string;
  /** 时限保护超时时间，默认60分钟，最小值5，最大值1440；当NewGameSessionProtectionPolicy为TimeLimitProtection时参数有效 */
  GameServerSessionProtectionTimeLimit?: number;
  /** 标签列表，最大长度50组 */
  Tags?: Tag[];
  /** 系统盘，储存类型为 SSD 云硬盘（CLOUD_SSD）时，100-500GB；储存类型为高性能云硬盘（CLOUD_PREMIUM）时，50-500GB；容量以1为单位 */
  SystemDiskInfo?: DiskInfo;
  /** 数据盘，储存类型为 SSD 云硬盘（CLOUD_SSD）时，100-32000GB；储存类型为高性能云硬盘（CLOUD_PREMIUM）时，10-32000GB；容量以10为单位 */
  DataDiskInfo?: DiskInfo[];
  /** 云联网信息，包含对应的账号信息及所属id */
  CcnInfos?: CcnInfo[];
  /** fleet公网出带宽最大值，默认100Mbps，范围1-200Mbps */
  InternetMaxBandwidthOut?: number;
}

/** CreateFleet返回参数结构体 */
export interface CreateFleetResponse {
  /**
   * 服务器舰队属性
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  FleetAttributes: FleetAttributes | null;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** CreateGameServerSessionQueue请求参数结构体 */
export interface CreateGameServerSessionQueueRequest {
  /** 游戏服务器会话队列名称，长度1~128 */
  Name: string;
  /** 目的服务器舰队（可为别名）列表 */
  Destinations?: GameServerSessionQueueDestination[];
  /** 延迟策略集合 */
  PlayerLatencyPolicies?: PlayerLatencyPolicy[];
  /** 超时时间（单位秒，默认值为600秒） */
  TimeoutInSeconds?: number;
  /** 标签列表，最大长度50组 */
  Tags?: Tag[];
}

/** CreateGameServerSessionQueue返回参数结构体 */
export interface CreateGameServerSessionQueueResponse {
  /** 游戏服务器会话队列 */
  GameServerSessionQueue: GameServerSessionQueue;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** CreateGameServerSession请求参数结构体 */
export interface CreateGameServerSessionRequest {
  /** 最大玩家数量，最小值不小于0 */
  MaximumPlayerSessionCount: number;
  /** 别名ID。每个请求需要指定别名ID 或者舰队 ID，如果两个同时指定时，优先选择舰队 ID */
  AliasId?: string;
  /** 创建者ID，最大长度不超过1024个ASCII字符 */
  CreatorId?: string;
  /** 舰队ID。每个请求需要指定别名ID 或者舰队 ID，如果两个同时指定时，优先选择舰队 ID */
  FleetId?: string;
  /** 游戏属性，最大长度不超过16组 */
  GameProperties?: GameProperty[];
  /** 游戏服务器会话属性详情，最大长度不超过4096个ASCII字符 */
  GameServerSessionData?: string;
  /** 游戏服务器会话自定义ID，最大长度不超过4096个ASCII字符 */
  GameServerSessionId?: string;
  /** 幂等token，最大长度不超过48个ASCII字符 */
  IdempotencyToken?: string;
  /** 游戏服务器会话名称，最大长度不超过1024个ASCII字符 */
  Name?: string;
}

/** CreateGameServerSession返回参数结构体 */
export interface CreateGameServerSessionResponse {
  /**
   * 游戏服务器会话
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  GameServerSession: GameServerSession | null;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** 访问实例所需要的凭据 */
export interface Credentials {
  /** ssh私钥 */
  Secret: string;
  /** 用户名 */
  UserName: string;
}

/** DeleteAlias请求参数结构体 */
export interface DeleteAliasRequest {
  /** 要删除的别名ID */
  AliasId: string;
}

/** DeleteAlias返回参数结构体 */
export interface DeleteAliasResponse {
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** DeleteAsset请求参数结构体 */
export interface DeleteAssetRequest {
  /** 生成包ID */
  AssetId: string;
}

/** DeleteAsset返回参数结构体 */
export interface DeleteAssetResponse {
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** DeleteFleet请求参数结构体 */
export interface DeleteFleetRequest {
  /** 服务器舰队 Id */
  FleetId: string;
}

/** DeleteFleet返回参数结构体 */
export interface DeleteFleetResponse {
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** DeleteGameServerSessionQueue请求参数结构体 */
export interface DeleteGameServerSessionQueueRequest {
  /** 游戏服务器会话队列名字，长度1~128 */
  Name: string;
}

/** DeleteGameServerSessionQueue返回参数结构体 */
export interface DeleteGameServerSessionQueueResponse {
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** DeleteScalingPolicy请求参数结构体 */
export interface DeleteScalingPolicyRequest {
  /** 服务器舰队ID */
  FleetId: string;
  /** 扩缩容策略名称，最小长度为0，最大长度为1024 */
  Name?: string;
}

/** DeleteScalingPolicy返回参数结构体 */
export interface DeleteScalingPolicyResponse {
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** DeleteTimerScalingPolicy请求参数结构体 */
export interface DeleteTimerScalingPolicyRequest {
  /** 定时器ID, 进行encode */
  TimerId?: string;
  /** 扩缩容配置服务器舰队ID */
  FleetId?: string;
  /** 定时器名称 */
  TimerName?: string;
}

/** DeleteTimerScalingPolicy返回参数结构体 */
export interface DeleteTimerScalingPolicyResponse {
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** DescribeAlias请求参数结构体 */
export interface DescribeAliasRequest {
  /** 要检索的队列别名的唯一标识符 */
  AliasId: string;
}

/** DescribeAlias返回参数结构体 */
export interface DescribeAliasResponse {
  /**
   * 别名对象
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  Alias: Alias | null;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** DescribeAsset请求参数结构体 */
export interface DescribeAssetRequest {
  /** 生成包ID */
  AssetId: string;
}

/** DescribeAsset返回参数结构体 */
export interface DescribeAssetResponse {
  /** 生成包信息 */
  Asset: Asset;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** DescribeAssets请求参数结构体 */
export interface DescribeAssetsRequest {
  /** 生成包支持的可部署 [地域列表](https://cloud.tencent.com/document/api/1165/42053#.E5.9C.B0.E5.9F.9F.E5.88.97.E8.A1.A8) */
  AssetRegion: string;
  /** 偏移，代表页数，与asset实际数量相关 */
  Offset: number;
  /** 前端界面每页显示的最大条数，不超过100 */
  Limit: number;
  /** 搜索条件，支持包ID或包名字过滤，该字段会逐步废弃，建议使用 Filters 字段 */
  Filter?: string;
  /** 资源过滤字段，可以按照资源名称、资源ID和标签进行过滤- 资源名称过滤    - Key: 固定字符串 "resource:name"    - Values: 资源名称数组（生成包当前仅支持单个名称的过滤）- 资源ID过滤    - Key: 固定字符串 "resource:resourceId"    - Values: 生成包ID数组（生成包当前仅支持单个生成包ID的过滤）- 标签过滤    - 通过标签键过滤        - Key: 固定字符串 "tag:key"        - Values 不传    - 通过标签键值过滤        - Key: 固定字符串 "tag:key-value"        - Values: 标签键值对数组，例如 ["key1:value1", "key1:value2", "key2:value2"] */
  Filters?: Filter[];
}

/** DescribeAssets返回参数结构体 */
export interface DescribeAssetsResponse {
  /** 生成包总数 */
  TotalCount: number;
  /** 生成包列表 */
  Assets: Asset[];
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** DescribeAssetSystems请求参数结构体 */
export interface DescribeAssetSystemsRequest {
  /** 生成包支持的操作系统类型 */
  OsType?: string;
  /** 生成包支持的操作系统位数 */
  OsBit?: number;
}

/** DescribeAssetSystems返回参数结构体 */
export interface DescribeAssetSystemsResponse {
  /** 生成包支持的操作系统类型列表 */
  AssetSupportSys: AssetSupportSys[];
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** DescribeCcnInstances请求参数结构体 */
export interface DescribeCcnInstancesRequest {
  /** 服务器舰队 Id */
  FleetId?: string;
}

/** DescribeCcnInstances返回参数结构体 */
export interface DescribeCcnInstancesResponse {
  /**
   * 云联网实例信息
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  CcnInstanceSets: CcnInstanceSets[] | null;
  /** 云联网实例个数，最小值为0 */
  TotalCount: number;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** DescribeFleetAttributes请求参数结构体 */
export interface DescribeFleetAttributesRequest {
  /** 服务器舰队 Ids */
  FleetIds?: string[];
  /** 结果返回最大数量，默认值20，最大值100 */
  Limit?: number;
  /** 返回结果偏移，最小值0 */
  Offset?: number;
}

/** DescribeFleetAttributes返回参数结构体 */
export interface DescribeFleetAttributesResponse {
  /**
   * 服务器舰队属性
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  FleetAttributes: FleetAttributes[] | null;
  /** 服务器舰队总数，最小值0 */
  TotalCount: number;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** DescribeFleetCapacity请求参数结构体 */
export interface DescribeFleetCapacityRequest {
  /** 服务器舰队ID列表 */
  FleetIds: string[];
  /** 结果返回最大数量，最大值 100 */
  Limit?: number;
  /** 返回结果偏移，最小值 0 */
  Offset?: number;
}

/** DescribeFleetCapacity返回参数结构体 */
export interface DescribeFleetCapacityResponse {
  /**
   * 服务器舰队的容量配置
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  FleetCapacity: FleetCapacity[] | null;
  /**
   * 结果返回最大数量
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  TotalCount: number | null;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** DescribeFleetEvents请求参数结构体 */
export interface DescribeFleetEventsRequest {
  /** 服务器舰队 Id */
  FleetId: string;
  /** 分页时返回服务器舰队事件的数量，默认为20，最大值为100 */
  Limit?: number;
  /** 分页时的数据偏移量，默认为0 */
  Offset?: number;
  /** 事件代码 */
  EventCode?: string;
  /** 发生事件的开始时间 */
  StartTime?: string;
  /** 发生事件的结束时间 */
  EndTime?: string;
}

/** DescribeFleetEvents返回参数结构体 */
export interface DescribeFleetEventsResponse {
  /** 返回的事件列表 */
  Events: Event[];
  /** 返回的事件总数 */
  TotalCount: number;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** DescribeFleetPortSettings请求参数结构体 */
export interface DescribeFleetPortSettingsRequest {
  /** 服务器舰队 Id */
  FleetId: string;
}

/** DescribeFleetPortSettings返回参数结构体 */
export interface DescribeFleetPortSettingsResponse {
  /**
   * 安全组信息
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  InboundPermissions: InboundPermission[] | null;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** DescribeFleetRelatedResources请求参数结构体 */
export interface DescribeFleetRelatedResourcesRequest {
  /** 服务器舰队 Id */
  FleetId: string;
}

/** DescribeFleetRelatedResources返回参数结构体 */
export interface DescribeFleetRelatedResourcesResponse {
  /**
   * 与服务器舰队关联的资源信息
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  Resources: FleetRelatedResource[] | null;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** DescribeFleetStatisticDetails请求参数结构体 */
export interface DescribeFleetStatisticDetailsRequest {
  /** 服务器舰队ID */
  FleetId?: string;
  /** 查询开始时间，时间格式：YYYY-MM-DD hh:mm:ss */
  BeginTime?: string;
  /** 查询结束时间，时间格式：YYYY-MM-DD hh:mm:ss */
  EndTime?: string;
  /** 结果返回最大数量，最小值0，最大值100 */
  Limit?: number;
  /** 返回结果偏移，最小值0 */
  Offset?: number;
}

/** DescribeFleetStatisticDetails返回参数结构体 */
export interface DescribeFleetStatisticDetailsResponse {
  /**
   * 服务部署统计详情列表
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  DetailList: FleetStatisticDetail[] | null;
  /**
   * 记录总数
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  TotalCount: number | null;
  /**
   * 统计时间类型
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  TimeType: string | null;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** DescribeFleetStatisticFlows请求参数结构体 */
export interface DescribeFleetStatisticFlowsRequest {
  /** 服务器舰队ID */
  FleetId?: string;
  /** 查询开始时间，时间格式：YYYY-MM-DD hh:mm:ss */
  BeginTime?: string;
  /** 查询结束时间，时间格式：YYYY-MM-DD hh:mm:ss */
  EndTime?: string;
  /** 结果返回最大数量，最小值0，最大值100 */
  Limit?: number;
  /** 返回结果偏移，最小值0 */
  Offset?: number;
}

/** DescribeFleetStatisticFlows返回参数结构体 */
export interface DescribeFleetStatisticFlowsResponse {
  /**
   * 流量统计列表
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  UsedFlowList: FleetStatisticFlows[] | null;
  /**
   * 时长统计列表
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  UsedTimeList: FleetStatisticTimes[] | null;
  /**
   * 记录总数
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  TotalCount: number | null;
  /**
   * 统计时间类型，取值：小时和天
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  TimeType: string | null;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** DescribeFleetStatisticSummary请求参数结构体 */
export interface DescribeFleetStatisticSummaryRequest {
  /** 服务器舰队ID */
  FleetId?: string;
  /** 查询开始时间，时间格式: YYYY-MM-DD hh:mm:ss */
  BeginTime?: string;
  /** 查询结束时间，时间格式: YYYY-MM-DD hh:mm:ss */
  EndTime?: string;
}

/** DescribeFleetStatisticSummary返回参数结构体 */
export interface DescribeFleetStatisticSummaryResponse {
  /**
   * 总时长，单位秒
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  TotalUsedTimeSeconds: string | null;
  /**
   * 总流量，单位MB
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  TotalUsedFlowMegaBytes: number | null;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** DescribeFleetUtilization请求参数结构体 */
export interface DescribeFleetUtilizationRequest {
  /** 服务器舰队 Ids */
  FleetIds: string[];
}

/** DescribeFleetUtilization返回参数结构体 */
export interface DescribeFleetUtilizationResponse {
  /**
   * 服务器舰队利用率
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  FleetUtilization: FleetUtilization[] | null;
  /** 总数，最小值0 */
  TotalCount: number;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** DescribeGameServerSessionDetails请求参数结构体 */
export interface DescribeGameServerSessionDetailsRequest {
  /** 别名ID */
  AliasId?: string;
  /** 舰队ID */
  FleetId?: string;
  /** 游戏服务器会话ID，最小长度不小于1个ASCII字符，最大长度不超过48个ASCII字符 */
  GameServerSessionId?: string;
  /** 单次查询记录数上限 */
  Limit?: number;
  /** 页偏移，用于查询下一页，最小长度不小于1个ASCII字符，最大长度不超过1024个ASCII字符 */
  NextToken?: string;
  /** 游戏服务器会话状态(ACTIVE,ACTIVATING,TERMINATED,TERMINATING,ERROR) */
  StatusFilter?: string;
}

/** DescribeGameServerSessionDetails返回参数结构体 */
export interface DescribeGameServerSessionDetailsResponse {
  /**
   * 游戏服务器会话详情列表
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  GameServerSessionDetails: GameServerSessionDetail[] | null;
  /**
   * 页偏移，用于查询下一页，最小长度不小于1个ASCII字符，最大长度不超过1024个ASCII字符
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  NextToken: string | null;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** DescribeGameServerSessionPlacement请求参数结构体 */
export interface DescribeGameServerSessionPlacementRequest {
  /** 游戏服务器会话放置的唯一标识符 */
  PlacementId: string;
}

/** DescribeGameServerSessionPlacement返回参数结构体 */
export interface DescribeGameServerSessionPlacementResponse {
  /** 游戏服务器会话放置 */
  GameServerSessionPlacement: GameServerSessionPlacement;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** DescribeGameServerSessionQueues请求参数结构体 */
export interface DescribeGameServerSessionQueuesRequest {
  /** 游戏服务器会话队列名称数组，单个名字长度1~128 */
  Names?: string[];
  /** 结果返回最大数量，最小值0，最大值100 */
  Limit?: number;
  /** 返回结果偏移，最小值0 */
  Offset?: number;
  /** 资源过滤字段，可以按照资源名称、资源ID和标签进行过滤- 资源名称过滤    - Key: 固定字符串 "resource:name"    - Values: 资源名称数组（游戏服务器会话队列支持多个名称的过滤）- 标签过滤    - 通过标签键过滤        - Key: 固定字符串 "tag:key"        - Values 不传    - 通过标签键值过滤        - Key: 固定字符串 "tag:key-value"        - Values: 标签键值对数组，例如 ["key1:value1", "key1:value2", "key2:value2"] */
  Filters?: Filter[];
}

/** DescribeGameServerSessionQueues返回参数结构体 */
export interface DescribeGameServerSessionQueuesResponse {
  /**
   * 游戏服务器会话队列数组
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  GameServerSessionQueues: GameServerSessionQueue[] | null;
  /** 游戏服务器会话队列总数 */
  TotalCount: number;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** DescribeGameServerSessions请求参数结构体 */
export interface DescribeGameServerSessionsRequest {
  /** 别名ID */
  AliasId?: string;
  /** 舰队ID */
  FleetId?: string;
  /** 游戏服务器会话ID，最小长度不小于1个ASCII字符，最大长度不超过48个ASCII字符 */
  GameServerSessionId?: string;
  /** 单次查询记录数上限 */
  Limit?: number;
  /** 页偏移，用于查询下一页，最小长度不小于1个ASCII字符，最大长度不超过1024个ASCII字符 */
  NextToken?: string;
  /** 游戏服务器会话状态(ACTIVE,ACTIVATING,TERMINATED,TERMINATING,ERROR) */
  StatusFilter?: string;
}

/** DescribeGameServerSessions返回参数结构体 */
export interface DescribeGameServerSessionsResponse {
  /**
   * 游戏服务器会话列表
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  GameServerSessions: GameServerSession[] | null;
  /**
   * 页偏移，用于查询下一页，最小长度不小于1个ASCII字符，最大长度不超过1024个ASCII字符
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  NextToken: string | null;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** DescribeInstanceLimit请求参数结构体 */
export interface DescribeInstanceLimitRequest {

}

/** DescribeInstanceLimit返回参数结构体 */
export interface DescribeInstanceLimitResponse {
  /** 限额 */
  Limit: number;
  /** 详细信息 */
  ExtraInfos: ExtraInfos[];
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** DescribeInstancesExtend请求参数结构体 */
export interface DescribeInstancesExtendRequest {
  /** 服务器舰队ID */
  FleetId: string;
  /** 返回结果偏移，最小值0 */
  Offset: number;
  /** 结果返回最大数量，最小值0，最大值100 */
  Limit: number;
  /** CVM实例公网IP */
  IpAddress?: string;
}

/** DescribeInstancesExtend返回参数结构体 */
export interface DescribeInstancesExtendResponse {
  /**
   * 实例信息列表
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  Instances: InstanceExtend[] | null;
  /**
   * 梳理信息总数
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  TotalCount: number | null;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** DescribeInstances请求参数结构体 */
export interface DescribeInstancesRequest {
  /** 服务器舰队ID */
  FleetId?: string;
  /** CVM实例ID */
  InstanceId?: string;
  /** 结果返回最大数量，最小值0，最大值100 */
  Offset?: number;
  /** 返回结果偏移，最小值0 */
  Limit?: number;
  /** CVM实例公网IP */
  IpAddress?: string;
}

/** DescribeInstances返回参数结构体 */
export interface DescribeInstancesResponse {
  /**
   * 实例信息列表
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  Instances: Instance[] | null;
  /**
   * 结果返回最大数量
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  TotalCount: number | null;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** DescribeInstanceTypes请求参数结构体 */
export interface DescribeInstanceTypesRequest {

}

/** DescribeInstanceTypes返回参数结构体 */
export interface DescribeInstanceTypesResponse {
  /** 服务器实例类型列表 */
  InstanceTypeList: InstanceTypeInfo[];
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** DescribePlayerSessions请求参数结构体 */
export interface DescribePlayerSessionsRequest {
  /** 游戏服务器会话ID，最小长度不小于1个ASCII字符，最大长度不超过48个ASCII字符 */
  GameServerSessionId?: string;
  /** 单次查询记录数上限 */
  Limit?: number;
  /** 页偏移，用于查询下一页，最小长度不小于1个ASCII字符，最大长度不超过1024个ASCII字符 */
  NextToken?: string;
  /** 玩家ID，最小长度不小于1个ASCII字符，最大长度不超过1024个ASCII字符 */
  PlayerId?: string;
  /** 玩家会话ID，最小长度不小于1个ASCII字符，最大长度不超过1024个ASCII字符 */
  PlayerSessionId?: string;
  /** 玩家会话状态（RESERVED,ACTIVE,COMPLETED,TIMEDOUT） */
  PlayerSessionStatusFilter?: string;
}

/** DescribePlayerSessions返回参数结构体 */
export interface DescribePlayerSessionsResponse {
  /**
   * 玩家会话列表
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  PlayerSessions: PlayerSession[] | null;
  /**
   * 页偏移，用于查询下一页，最小长度不小于1个ASCII字符，最大长度不超过1024个ASCII字符
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  NextToken: string | null;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** DescribeRuntimeConfiguration请求参数结构体 */
export interface DescribeRuntimeConfigurationRequest {
  /** 服务器舰队 Id */
  FleetId: string;
}

/** DescribeRuntimeConfiguration返回参数结构体 */
export interface DescribeRuntimeConfigurationResponse {
  /**
   * 服务器舰队运行配置信息
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  RuntimeConfiguration: RuntimeConfiguration | null;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** DescribeScalingPolicies请求参数结构体 */
export interface DescribeScalingPoliciesRequest {
  /** 服务器舰队ID */
  FleetId?: string;
  /** 状态过滤条件，取值：ACTIVE表示活跃 */
  StatusFilter?: string;
  /** 返回结果偏移，最小值0 */
  Offset?: number;
  /** 结果返回最大数量，最小值0，最大值100 */
  Limit?: number;
}

/** DescribeScalingPolicies返回参数结构体 */
export interface DescribeScalingPoliciesResponse {
  /**
   * 动态扩缩容配置策略数组
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  ScalingPolicies: ScalingPolicy[] | null;
  /**
   * 动态扩缩容配置策略总数
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  TotalCount: number | null;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** DescribeTimerScalingPolicies请求参数结构体 */
export interface DescribeTimerScalingPoliciesRequest {
  /** 扩缩容配置服务器舰队ID */
  FleetId?: string;
  /** 定时器名称 */
  TimerName?: string;
  /** 定时器开始时间 */
  BeginTime?: string;
  /** 定时器结束时间 */
  EndTime?: string;
  /** 分页偏移量 */
  Offset?: number;
  /** 页大小 */
  Limit?: number;
}

/** DescribeTimerScalingPolicies返回参数结构体 */
export interface DescribeTimerScalingPoliciesResponse {
  /**
   * 定时器扩缩容策略配置
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  TimerScalingPolicies: TimerScalingPolicy[] | null;
  /**
   * 定时器总数
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  TotalCount: number | null;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** DescribeUserQuota请求参数结构体 */
export interface DescribeUserQuotaRequest {
  /** 资源类型 */
  ResourceType?: number;
}

/** DescribeUserQuota返回参数结构体 */
export interface DescribeUserQuotaResponse {
  /**
   * 配额资源信息
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  QuotaResource: QuotaResource | null;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** DescribeUserQuotas请求参数结构体 */
export interface DescribeUserQuotasRequest {

}

/** DescribeUserQuotas返回参数结构体 */
export interface DescribeUserQuotasResponse {
  /**
   * 配额信息列表
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  QuotaResource: QuotaResource[] | null;
  /** 配额信息列表总数，最小值0 */
  Total: number;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** 玩家游戏会话信息 */
export interface DesiredPlayerSession {
  /** 与玩家会话关联的唯一玩家标识 */
  PlayerId: string;
  /** 开发人员定义的玩家数据 */
  PlayerData: string;
}

/** DetachCcnInstances请求参数结构体 */
export interface DetachCcnInstancesRequest {
  /** 服务器舰队 Id */
  FleetId?: string;
}

/** DetachCcnInstances返回参数结构体 */
export interface DetachCcnInstancesResponse {
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** 磁盘存储信息 */
export interface DiskInfo {
  /** 磁盘类型，支持：高性能云硬盘（CLOUD_PREMIUM）、SSD云硬盘（CLOUD_SSD） */
  DiskType: string;
  /** 系统盘：可选硬盘容量，50-500GB，数字以1为单位，数据盘：可选硬盘容量：10-32000GB，数字以10为单位；当磁盘类型为SSD云硬盘（CLOUD_SSD）最小大小为 100GB */
  DiskSize: number;
}

/** EndGameServerSessionAndProcess请求参数结构体 */
export interface EndGameServerSessionAndProcessRequest {
  /** 游戏服务器会话ID，如果传入游戏服务器会话ID，结束对应进程以及游戏服务器会话和玩家会话。 */
  GameServerSessionId?: string;
  /** CVM的公网IP地址，需同时传入IpAddress和Port，结束IpAddress和Port对应的进程以及游戏服务器会话（如果存在）和玩家会话（如果存在），单独传入IpAddress不生效。 */
  IpAddress?: string;
  /** 端口号，取值范围1025-60000，需同时传入IpAddress和Port，结束IpAddress和Port对应的进程以及游戏服务器会话（如果存在）和玩家会话（如果存在），单独传入Port不生效。 */
  Port?: number;
}

/** EndGameServerSessionAndProcess返回参数结构体 */
export interface EndGameServerSessionAndProcessResponse {
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** 事件对象 */
export interface Event {
  /**
   * 事件代码，支持以下的事件代码
   *
   * - FLEET_CREATED
   * - FLEET_STATE_DOWNLOADING
   * - FLEET_BINARY_DOWNLOAD_FAILED
   * - FLEET_CREATION_EXTRACTING_BUILD
   * - FLEET_CREATION_VALIDATING_RUNTIME_CONFIG
   * - FLEET_STATE_VALIDATING
   * - FLEET_STATE_BUILDING
   * - FLEET_STATE_ACTIVATING
   * - FLEET_STATE_ACTIVE
   * - FLEET_SCALING_EVENT
   * - FLEET_STATE_ERROR
   * - FLEET_VALIDATION_LAUNCH_PATH_NOT_FOUND
   * - FLEET_ACTIVATION_FAILED_NO_INSTANCES
   * - FLEET_VPC_PEERING_SUCCEEDED
   * - FLEET_VPC_PEERING_FAILED
   * - FLEET_VPC_PEERING_DELETE
   * - FLEET_INITIALIZATION_FAILED
   * - FLEET_DELETED
   * - FLEET_STATE_DELETING
   * - FLEET_ACTIVATION_FAILED
   * - GAME_SESSION_ACTIVATION_TIMEOUT
   */
  EventCode: string;
  /** 事件的唯一标识 ID */
  EventId: string;
  /** 事件的发生时间，UTC 时间格式 */
  EventTime: string;
  /**
   * 事件的消息
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  Message: string | null;
  /**
   * 事件相关的日志存储路径
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  PreSignedLogUrl: string | null;
  /** 事件对应的资源对象唯一标识 ID，例如服务器舰队 ID */
  ResourceId: string;
}

/** 实例类型限额配置额外信息 */
export interface ExtraInfos {
  /**
   * 实例类型，例如S5.LARGE8
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  InstanceType: string | null;
  /**
   * 实例限额数
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  TotalInstances: number | null;
}

/** 过滤字段内容 */
export interface Filter {
  /** 过滤属性的 key */
  Key?: string;
  /** 过滤属性的 values 值 */
  Values?: string[];
}

/** 服务部署属性 */
export interface FleetAttributes {
  /** 生成包 Id */
  AssetId: string;
  /** 创建服务器舰队时间 */
  CreationTime: string;
  /**
   * 描述
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  Description: string | null;
  /**
   * 服务器舰队资源描述
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  FleetArn: string | null;
  /**
   * 服务器舰队 Id
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  FleetId: string | null;
  /**
   * 服务器舰队类型，目前只支持ON_DEMAND
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  FleetType: string | null;
  /**
   * 服务器类型，例如S5.LARGE8
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  InstanceType: string | null;
  /** 服务器舰队名称 */
  Name: string;
  /**
   * 游戏会话保护策略
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  NewGameServerSessionProtectionPolicy: string | null;
  /**
   * 操作系统类型
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  OperatingSystem: string | null;
  /**
   * 资源创建限制策略
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  ResourceCreationLimitPolicy: ResourceCreationLimitPolicy | null;
  /**
   * 状态：新建、下载中、验证中、生成中、激活中、活跃、异常、删除中、结束
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  Status: string | null;
  /**
   * 服务器舰队停止状态，为空时表示自动扩缩容
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  StoppedActions: string[] | null;
  /**
   * 服务器舰队终止时间
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  TerminationTime: string | null;
  /**
   * 时限保护超时时间，默认60分钟，最小值5，最大值1440
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  GameServerSessionProtectionTimeLimit: number | null;
  /**
   * 计费状态：未开通、已开通、异常、欠费隔离、销毁、解冻
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  BillingStatus: string | null;
  /**
   * 标签列表，最大长度50组
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  Tags: Tag[] | null;
  /**
   * 数据盘，储存类型为 SSD 云硬盘（CLOUD_SSD）时，100-32000GB；储存类型为高性能云硬盘（CLOUD_PREMIUM）时，10-32000GB；容量以10为单位
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  DataDiskInfo: DiskInfo[] | null;
  /**
   * 系统盘，储存类型为 SSD 云硬盘（CLOUD_SSD）时，100-500GB；储存类型为高性能云硬盘（CLOUD_PREMIUM）时，50-500GB；容量以1为单位
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  SystemDiskInfo: DiskInfo | null;
  /**
   * 云联网相关信息
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  RelatedCcnInfos: RelatedCcnInfo[] | null;
  /**
   * fleet公网出带宽最大值，默认100Mbps，范围1-200Mbps
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  InternetMaxBandwidthOut: number | null;
}

/** 服务部署组容量配置 */
export interface FleetCapacity {
  /**
   * 服务部署 Id
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  FleetId: string | null;
  /**
   * 服务器类型，如S3.LARGE8,S2.LARGE8,S5.LARGE8等
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  InstanceType: string | null;
  /**
   * 服务器实例统计数据
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  InstanceCounts: InstanceCounts | null;
  /**
   * 服务器伸缩容间隔，单位分钟，最小值3，最大值30，默认值10
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  ScalingInterval: number | null;
}

/** 与服务器舰队关联的资源，如别名和队列 */
export interface FleetRelatedResource {
  /**
   * 资源类型。
   * - ALIAS：别名
   * - QUEUE：队列
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  Type: string | null;
  /**
   * 资源ID，目前仅支持别名ID和队列名称
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  ResourceId: string | null;
  /**
   * 资源所在区域，如ap-shanghai、na-siliconvalley等
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  ResourceRegion: string | null;
}

/** 舰队统计详情 */
export interface FleetStatisticDetail {
  /**
   * 舰队ID
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  FleetId: string | null;
  /**
   * 实例ID
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  InstanceId: string | null;
  /**
   * 实例IP
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  InstanceIP: string | null;
  /**
   * 开始时间
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  BeginTime: string | null;
  /**
   * 结束时间
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  EndTime: string | null;
  /**
   * 总时长，单位秒
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  TotalUsedTimeSeconds: string | null;
  /**
   * 总流量，单位MB
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  TotalUsedFlowMegaBytes: number | null;
}

/** 舰队统计流量 */
export interface FleetStatisticFlows {
  /**
   * 总流量，单位MB
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  TotalUsedFlowMegaBytes: number | null;
  /**
   * 统计开始时间
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  BeginTime: string | null;
}

/** 舰队统计总时长 */
export interface FleetStatisticTimes {
  /**
   * 统计开始时间
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  BeginTime: string | null;
  /**
   * 统计总时长，单位秒
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  TotalUsedTimeSeconds: string | null;
}

/** 服务部署利用率 */
export interface FleetUtilization {
  /**
   * 游戏会话数
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  ActiveGameServerSessionCount: number | null;
  /**
   * 活跃进程数
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  ActiveServerProcessCount: number | null;
  /**
   * 当前游戏玩家数
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  CurrentPlayerSessionCount: number | null;
  /**
   * 服务部署 Id
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  FleetId: string | null;
  /**
   * 最大玩家会话数
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  MaximumPlayerSessionCount: number | null;
}

/** 游戏属性详情 */
export interface GameProperty {
  /** 属性名称，最大长度不超过32个ASCII字符 */
  Key: string;
  /** 属性值，最大长度不超过96个ASCII字符 */
  Value: string;
}

/** 游戏会话详情 */
export interface GameServerSession {
  /** 游戏服务器会话创建时间 */
  CreationTime: string;
  /**
   * 创建者ID，最大长度不超过1024个ASCII字符
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  CreatorId: string | null;
  /** 当前玩家数量，最小值不小于0 */
  CurrentPlayerSessionCount: number;
  /**
   * CVM的DNS标识符
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  DnsName: string | null;
  /** 舰队ID */
  FleetId: string;
  /**
   * 游戏属性，最大长度不超过16组
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  GameProperties: GameProperty[] | null;
  /**
   * 游戏服务器会话属性详情，最大长度不超过4096个ASCII字符
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  GameServerSessionData: string | null;
  /** 游戏服务器会话ID，最小长度不小于1个ASCII字符，最大长度不超过48个ASCII字符 */
  GameServerSessionId: string;
  /** CVM IP地址 */
  IpAddress: string;
  /**
   * 对战进程详情，最大长度不超过400000个ASCII字符
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  MatchmakerData: string | null;
  /** 最大玩家数量，最小值不小于0 */
  MaximumPlayerSessionCount: number;
  /**
   * 游戏服务器会话名称，最大长度不超过1024个ASCII字符
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  Name: string | null;
  /**
   * 玩家会话创建策略（ACCEPT_ALL,DENY_ALL）
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  PlayerSessionCreationPolicy: string | null;
  /** 端口号，最小值不小于1，最大值不超过60000 */
  Port: number;
  /** 游戏服务器会话状态（ACTIVE,ACTIVATING,TERMINATED,TERMINATING,ERROR） */
  Status: string;
  /**
   * 游戏服务器会话状态附加信息
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  StatusReason: string | null;
  /**
   * 终止的时间
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  TerminationTime: string | null;
  /**
   * 实例类型，最大长度不超过128个ASCII字符
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  InstanceType: string | null;
  /**
   * 当前自定义数
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  CurrentCustomCount: number | null;
  /**
   * 最大自定义数
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  MaxCustomCount: number | null;
  /**
   * 权重
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  Weight: number | null;
  /**
   * 会话可用性状态，是否被屏蔽（Enable,Disable）
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  AvailabilityStatus: string | null;
}

/** 游戏服务器会话详情（GameServerSessionDetail） */
export interface GameServerSessionDetail {
  /** 游戏服务器会话 */
  GameServerSession: GameServerSession;
  /**
   * 保护策略，可选（NoProtection,FullProtection）
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  ProtectionPolicy: string | null;
}

/** 游戏会话部署对象 */
export interface GameServerSessionPlacement {
  /** 部署Id */
  PlacementId: string;
  /** 服务部署组名称 */
  GameServerSessionQueueName: string;
  /**
   * 玩家延迟
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  PlayerLatencies: PlayerLatency[] | null;
  /** 服务部署状态 */
  Status: string;
  /**
   * 分配给正在运行游戏会话的实例的DNS标识符
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  DnsName: string | null;
  /**
   * 游戏会话Id
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  GameServerSessionId: string | null;
  /**
   * 游戏会话名称
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  GameServerSessionName: string | null;
  /**
   * 服务部署区域
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  GameServerSessionRegion: string | null;
  /**
   * 游戏属性
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  GameProperties: GameProperty[] | null;
  /** 游戏服务器允许同时连接到游戏会话的最大玩家数量，最小值1，最大值为玩家会话最大限额 */
  MaximumPlayerSessionCount: number;
  /**
   * 游戏会话数据
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  GameServerSessionData: string | null;
  /**
   * 运行游戏会话的实例的IP地址
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  IpAddress: string | null;
  /**
   * 运行游戏会话的实例的端口号
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  Port: number | null;
  /**
   * 游戏匹配数据
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  MatchmakerData: string | null;
  /**
   * 部署的玩家游戏数据
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  PlacedPlayerSessions: PlacedPlayerSession[] | null;
  /** 开始时间 */
  StartTime: string;
  /**
   * 结束时间
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  EndTime: string | null;
}

/** 服务部署组对象 */
export interface GameServerSessionQueue {
  /** 服务部署组名字 */
  Name: string;
  /** 服务部署组资源 */
  GameServerSessionQueueArn: string;
  /**
   * 目的fleet（可为别名）列表
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  Destinations: GameServerSessionQueueDestination[] | null;
  /**
   * 延迟策略集合
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  PlayerLatencyPolicies: PlayerLatencyPolicy[] | null;
  /** 超时时间 */
  TimeoutInSeconds: number;
  /**
   * 标签列表，最大长度50组
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  Tags: Tag[] | null;
}

/** 服务部署组目的集合 */
export interface GameServerSessionQueueDestination {
  /**
   * 服务部署组目的的资源描述
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  DestinationArn?: string | null;
  /**
   * 服务部署组目的的状态
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  FleetStatus?: string | null;
}

/** GetGameServerInstanceLogUrl请求参数结构体 */
export interface GetGameServerInstanceLogUrlRequest {
  /** 游戏舰队ID */
  FleetId: string;
  /** 实例ID */
  InstanceId?: string;
  /** 实例IP */
  ServerIp?: string;
  /** 偏移量 */
  Offset?: number;
  /** 每次条数 */
  Size?: number;
}

/** GetGameServerInstanceLogUrl返回参数结构体 */
export interface GetGameServerInstanceLogUrlResponse {
  /**
   * 日志下载URL的数组，最小长度不小于1个ASCII字符，最大长度不超过1024个ASCII字符
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  PresignedUrls: string[] | null;
  /** 总条数 */
  Total: number;
  /** 是否还有没拉取完的 */
  HasNext: boolean;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** GetGameServerSessionLogUrl请求参数结构体 */
export interface GetGameServerSessionLogUrlRequest {
  /** 游戏服务器会话ID，最小长度不小于1个ASCII字符，最大长度不超过48个ASCII字符 */
  GameServerSessionId: string;
}

/** GetGameServerSessionLogUrl返回参数结构体 */
export interface GetGameServerSessionLogUrlResponse {
  /**
   * 日志下载URL，最小长度不小于1个ASCII字符，最大长度不超过1024个ASCII字符
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  PreSignedUrl: string | null;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** GetInstanceAccess请求参数结构体 */
export interface GetInstanceAccessRequest {
  /** 服务器舰队ID */
  FleetId: string;
  /** 实例Id */
  InstanceId: string;
}

/** GetInstanceAccess返回参数结构体 */
export interface GetInstanceAccessResponse {
  /** 实例登录所需要的凭据 */
  InstanceAccess: InstanceAccess;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** GetUploadCredentials请求参数结构体 */
export interface GetUploadCredentialsRequest {
  /** 生成包所在地域，详见产品支持的 [地域列表](https://cloud.tencent.com/document/api/1165/42053#.E5.9C.B0.E5.9F.9F.E5.88.97.E8.A1.A8) */
  AssetRegion: string;
  /** 生成包的ZIP包名，例如：server.zip */
  BucketKey: string;
}

/** GetUploadCredentials返回参数结构体 */
export interface GetUploadCredentialsResponse {
  /** 上传文件授权信息Auth */
  BucketAuth: string;
  /** Bucket名字 */
  BucketName: string;
  /** 生成包所在地域 */
  AssetRegion: string;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** GetUploadFederationToken请求参数结构体 */
export interface GetUploadFederationTokenRequest {

}

/** GetUploadFederationToken返回参数结构体 */
export interface GetUploadFederationTokenResponse {
  /** 临时证书的过期时间，Unix 时间戳，精确到秒 */
  ExpiredTime: number;
  /** 临时证书 */
  AssetCredentials: AssetCredentials;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** 允许网络访问范围 */
export interface InboundPermission {
  /** 起始端口号，最小值1025 */
  FromPort?: number;
  /** IP 段范围，合法的 CIDR 地址类型，如所有IPv4来源：0.0.0.0/0 */
  IpRange?: string;
  /** 协议类型：TCP或者UDP */
  Protocol?: string;
  /** 终止端口号，最大值60000 */
  ToPort?: number;
}

/** 用于新增安全组 */
export interface InboundPermissionAuthorization {
  /** 起始端口号 */
  FromPort?: number;
  /** IP 端范围，CIDR方式划分 */
  IpRange?: string;
  /** 协议类型 */
  Protocol?: string;
  /** 终止端口号 */
  ToPort?: number;
}

/** 需要移除的安全组 */
export interface InboundPermissionRevocations {
  /** 起始端口号 */
  FromPort?: number;
  /** IP 端范围，CIDR 方式换分 */
  IpRange?: string;
  /** 协议类型：UDP或者TCP */
  Protocol?: string;
  /** 终止端口号 */
  ToPort?: number;
}

/** 实例信息 */
export interface Instance {
  /**
   * 服务部署ID
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  FleetId: string | null;
  /**
   * 实例ID
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  InstanceId: string | null;
  /**
   * IP地址
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  IpAddress: string | null;
  /**
   * dns
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  DnsName: string | null;
  /**
   * 操作系统
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  OperatingSystem: string | null;
  /**
   * 状态
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  Status: string | null;
  /**
   * 类型
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  Type: string | null;
  /**
   * 创建时间
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  CreateTime: string | null;
  /**
   * 实例权重
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  Weight: number | null;
  /**
   * 实例是否保留, 1-保留，0-不保留,默认
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  ReserveValue: number | null;
  /**
   * 实例的私有IP地址
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  PrivateIpAddress: string | null;
}

/** 实例访问凭证信息 */
export interface InstanceAccess {
  /** 访问实例所需要的凭据 */
  Credentials: Credentials;
  /** 服务部署Id */
  FleetId: string;
  /** 实例ID */
  InstanceId: string;
  /** 实例公网IP */
  IpAddress: string;
  /** 操作系统 */
  OperatingSystem: string;
}

/** 服务器实例统计数据 */
export interface InstanceCounts {
  /**
   * 活跃的服务器实例数
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  Active: number | null;
  /**
   * 期望的服务器实例数
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  Desired: number | null;
  /**
   * 空闲的服务器实例数
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  Idle: number | null;
  /**
   * 服务器实例数最大限制
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  MaxiNum: number | null;
  /**
   * 服务器实例数最小限制
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  MiniNum: number | null;
  /**
   * 已开始创建，但未激活的服务器实例数
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  Pending: number | null;
  /**
   * 结束中的服务器实例数
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  Terminating: number | null;
}

/** 实例扩展信息 */
export interface InstanceExtend {
  /**
   * 实例信息
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  Instance: Instance | null;
  /**
   * 实例状态
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  State: string | null;
  /**
   * 健康进程数
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  HealthyProcessCnt: number | null;
  /**
   * 活跃进程数
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  ActiveProcessCnt: number | null;
  /**
   * 当前游戏会话总数
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  GameSessionCnt: number | null;
  /**
   * 最大游戏会话数
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  MaxGameSessionCnt: number | null;
  /**
   * 当前玩家会话数
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  PlayerSessionCnt: number | null;
  /**
   * 最大玩家会话数
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  MaxPlayerSessionCnt: number | null;
}

/** 服务器实例类型信息 */
export interface InstanceTypeInfo {
  /** 类型名，例如“标准型SA1” */
  TypeName: string;
  /** 类型，例如"SA1.SMALL1" */
  InstanceType: string;
  /** CPU，例如1核就是1 */
  Cpu: number;
  /** 内存，例如2G就是2 */
  Memory: number;
  /** 网络收到包,例如25万PPS就是25 */
  NetworkCard: number;
}

/** JoinGameServerSessionBatch请求参数结构体 */
export interface JoinGameServerSessionBatchRequest {
  /** 游戏服务器会话ID，最小长度1个ASCII字符，最大长度不超过256个ASCII字符 */
  GameServerSessionId: string;
  /** 玩家ID列表，最小1组，最大25组 */
  PlayerIds: string[];
  /** 玩家自定义数据 */
  PlayerDataMap?: PlayerDataMap;
}

/** JoinGameServerSessionBatch返回参数结构体 */
export interface JoinGameServerSessionBatchResponse {
  /**
   * 玩家会话列表，最大25组
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  PlayerSessions: PlayerSession[] | null;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** JoinGameServerSession请求参数结构体 */
export interface JoinGameServerSessionRequest {
  /** 游戏服务器会话ID，最小长度1个ASCII字符，最大长度不超过256个ASCII字符 */
  GameServerSessionId: string;
  /** 玩家ID，最大长度1024个ASCII字符 */
  PlayerId: string;
  /** 玩家自定义数据，最大长度2048个ASCII字符 */
  PlayerData?: string;
}

/** JoinGameServerSession返回参数结构体 */
export interface JoinGameServerSessionResponse {
  /**
   * 玩家会话
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  PlayerSession: PlayerSession | null;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** ListAliases请求参数结构体 */
export interface ListAliasesRequest {
  /** 名字，长度不小于1字符不超过1024字符 */
  Name?: string;
  /** 路由策略类型，有效值常规别名(SIMPLE)、终止别名(TERMINAL) */
  RoutingStrategyType?: string;
  /** 要返回的最大结果数，最小值1 */
  Limit?: number;
  /** 偏移，默认0 */
  Offset?: number;
  /** 排序字段，例如CreationTime */
  OrderBy?: string;
  /** 排序方式，有效值asc|desc */
  OrderWay?: string;
  /** 资源过滤字段，可以按照资源名称和标签进行过滤- 资源名称过滤    - Key: 固定字符串 "resource:name"    - Values: 资源名称数组（舰队当前仅支持单个名称的过滤）- 标签过滤    - 通过标签键过滤        - Key: 固定字符串 "tag:key"        - Values 不传    - 通过标签键值过滤        - Key: 固定字符串 "tag:key-value"        - Values: 标签键值对数组，例如 ["key1:value1", "key1:value2", "key2:value2"] */
  Filters?: Filter[];
}

/** ListAliases返回参数结构体 */
export interface ListAliasesResponse {
  /**
   * 别名对象数组
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  Aliases: Alias[] | null;
  /** 总数 */
  TotalCount: number;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** ListFleets请求参数结构体 */
export interface ListFleetsRequest {
  /** 生成包 Id */
  AssetId?: string;
  /** 结果返回最大值，暂未使用 */
  Limit?: number;
  /** 结果返回偏移，暂未使用 */
  Offset?: number;
  /** 资源过滤字段，可以按照资源名称和标签进行过滤- 资源名称过滤    - Key: 固定字符串 "resource:name"    - Values: 资源名称数组（当前仅支持单个名称的过滤）- 标签过滤    - 通过标签键过滤        - Key: 固定字符串 "tag:key"        - Values 不传    - 通过标签键值过滤        - Key: 固定字符串 "tag:key-value"        - Values: 标签键值对数组，例如 ["key1:value1", "key1:value2", "key2:value2"] */
  Filters?: Filter[];
}

/** ListFleets返回参数结构体 */
export interface ListFleetsResponse {
  /**
   * 服务器舰队 Id 列表
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  FleetIds: string[] | null;
  /** 服务器舰队 Id 总数，最小值0 */
  TotalCount: number;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** 部署的玩家游戏会话 */
export interface PlacedPlayerSession {
  /** 玩家Id */
  PlayerId: string;
  /** 玩家会话Id */
  PlayerSessionId: string;
}

/** 玩家自定义数据 */
export interface PlayerDataMap {
  /** 玩家自定义数据键，最小长度不小于1个ASCII字符，最大长度不超过1024个ASCII字符 */
  Key: string;
  /** 玩家自定义数据值，最小长度不小于1个ASCII字符，最大长度不超过2048个ASCII字符 */
  Value: string;
}

/** 玩家延迟信息 */
export interface PlayerLatency {
  /**
   * 玩家Id
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  PlayerId?: string | null;
  /**
   * 延迟对应的区域名称
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  RegionIdentifier?: string | null;
  /** 毫秒级延迟 */
  LatencyInMilliseconds?: number;
}

/** 延迟策略 */
export interface PlayerLatencyPolicy {
  /**
   * 任意player允许的最大延迟，单位：毫秒
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  MaximumIndividualPlayerLatencyMilliseconds: number | null;
  /**
   * 放置新GameServerSession时强制实施策略的时间长度，单位：秒
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  PolicyDurationSeconds?: number | null;
}

/** 玩家会话详情 */
export interface PlayerSession {
  /** 玩家会话创建时间 */
  CreationTime: string;
  /**
   * 游戏服务器会话运行的DNS标识
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  DnsName: string | null;
  /** 舰队ID */
  FleetId: string;
  /** 游戏服务器会话ID，最小长度1个ASCII字符，最大长度不超过256个ASCII字符 */
  GameServerSessionId: string;
  /** 游戏服务器会话运行的CVM地址 */
  IpAddress: string;
  /**
   * 玩家自定义数据，最大长度2048个ASCII字符
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  PlayerData: string | null;
  /**
   * 玩家ID，最大长度1024个ASCII字符
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  PlayerId: string | null;
  /** 玩家会话ID */
  PlayerSessionId: string;
  /** 端口号，最小值不小于1，最大值不超过60000 */
  Port: number;
  /** 玩家会话的状态（RESERVED = 1,ACTIVE = 2,COMPLETED = 3,TIMEDOUT = 4） */
  Status: string;
  /**
   * 玩家会话终止时间
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  TerminationTime: string | null;
}

/** PutScalingPolicy请求参数结构体 */
export interface PutScalingPolicyRequest {
  /** 扩缩容配置服务器舰队ID */
  FleetId: string;
  /** 扩缩容策略名称，最小长度为1，最大长度为1024 */
  Name?: string;
  /**
   * 扩缩容调整值，ScalingAdjustmentType取值PercentChangeInCapacity时，取值范围-99~99
   * ScalingAdjustmentType取值ChangeInCapacity或ExactCapacity时，最小值要缩容的最多CVM个数，最大值为实际最大的CVM个数限额
   */
  ScalingAdjustment?: number;
  /** 扩缩容调整类型，取值（ChangeInCapacity，ExactCapacity，PercentChangeInCapacity） */
  ScalingAdjustmentType?: string;
  /** 扩缩容指标阈值 */
  Threshold?: number;
  /** 扩缩容策略比较符，取值：>,>=,<,<= */
  ComparisonOperator?: string;
  /** 单个策略持续时间长度（分钟） */
  EvaluationPeriods?: number;
  /**
   * 扩缩容参与计算的指标名称，PolicyType取值RuleBased，
   * MetricName取值（AvailableGameServerSessions，AvailableCustomCount，PercentAvailableCustomCount，ActiveInstances，IdleInstances，CurrentPlayerSessions和PercentIdleInstances）；
   * PolicyType取值TargetBased时，MetricName取值PercentAvailableGameSessions
   */
  MetricName?: string;
  /** 策略类型，取值：TargetBased表示基于目标的策略；RuleBased表示基于规则的策略 */
  PolicyType?: string;
  /** 扩缩容目标值配置，只有TargetBased类型的策略生效 */
  TargetConfiguration?: TargetConfiguration;
}

/** PutScalingPolicy返回参数结构体 */
export interface PutScalingPolicyResponse {
  /**
   * 规则名称
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  Name: string | null;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** PutTimerScalingPolicy请求参数结构体 */
export interface PutTimerScalingPolicyRequest {
  /** 定时器策略消息 */
  TimerScalingPolicy?: TimerScalingPolicy;
}

/** PutTimerScalingPolicy返回参数结构体 */
export interface PutTimerScalingPolicyResponse {
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** 配额资源 */
export interface QuotaResource {
  /**
   * 资源类型，1生成包、2服务部署、3别名、4游戏服务器队列、5实例
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  ResourceType: number | null;
  /**
   * 总额度
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  HardLimit: number | null;
  /**
   * 剩余额度
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  Remaining: number | null;
  /**
   * 额外信息，可能为空
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  ExtraInfo: string | null;
}

/** 云联网相关信息描述 */
export interface RelatedCcnInfo {
  /** 云联网所属账号 */
  AccountId: string;
  /** 云联网 ID */
  CcnId: string;
  /** 关联云联网状态 */
  AttachType: string;
}

/** ResolveAlias请求参数结构体 */
export interface ResolveAliasRequest {
  /** 要获取fleetId的别名ID */
  AliasId: string;
}

/** ResolveAlias返回参数结构体 */
export interface ResolveAliasResponse {
  /**
   * 别名指向的fleet的唯一标识符
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  FleetId: string | null;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** 资源创建规则 */
export interface ResourceCreationLimitPolicy {
  /** 创建数量，最小值1，默认2 */
  NewGameServerSessionsPerCreator?: number;
  /** 单位时间，最小值1，默认3，单位分钟 */
  PolicyPeriodInMinutes?: number;
}

/** 路由策略 */
export interface RoutingStrategy {
  /** 别名的路由策略的类型，有效值常规别名(SIMPLE)、终止别名(TERMINAL) */
  Type: string;
  /**
   * 别名指向的队列的唯一标识符
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  FleetId?: string | null;
  /**
   * 与终端路由策略一起使用的消息文本，长度不小于1字符不超过1024字符
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  Message?: string | null;
}

/** 运行配置 */
export interface RuntimeConfiguration {
  /** 游戏会话进程超时，最小值1，最大值600，单位秒 */
  GameServerSessionActivationTimeoutSeconds?: number;
  /** 最大游戏会话数，最小值1，最大值2147483647 */
  MaxConcurrentGameServerSessionActivations?: number;
  /** 服务进程配置，至少有一个进程配置 */
  ServerProcesses?: ServerProcesse[];
}

/** 动态扩缩容配置 */
export interface ScalingPolicy {
  /**
   * 服务部署ID
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  FleetId: string | null;
  /**
   * 名称
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  Name: string | null;
  /**
   * 状态
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  Status: string | null;
  /**
   * 保留参数
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  ScalingAdjustment: string | null;
  /**
   * 保留参数
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  ScalingAdjustmentType: string | null;
  /**
   * 保留参数
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  ComparisonOperator: string | null;
  /**
   * 保留参数
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  Threshold: string | null;
  /**
   * 保留参数
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  EvaluationPeriods: string | null;
  /**
   * 保留参数
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  MetricName: string | null;
  /**
   * 策略类型
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  PolicyType: string | null;
  /**
   * 基于规则的配置
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  TargetConfiguration: TargetConfiguration | null;
}

/** SearchGameServerSessions请求参数结构体 */
export interface SearchGameServerSessionsRequest {
  /** 别名ID */
  AliasId?: string;
  /** 舰队ID */
  FleetId?: string;
  /** 单次查询记录数上限 */
  Limit?: number;
  /** 页偏移，用于查询下一页，最小长度不小于1个ASCII字符，最大长度不超过1024个ASCII字符 */
  NextToken?: string;
  /**
   * 搜索条件表达式，支持如下变量
   * gameServerSessionName 游戏会话名称 String
   * gameServerSessionId 游戏会话ID String
   * maximumSessions 最大的玩家会话数 Number
   * creationTimeMillis 创建时间，单位：毫秒 Number
   * playerSessionCount 当前玩家会话数 Number
   * hasAvailablePlayerSessions 是否有可用玩家数 String 取值true或false
   * gameServerSessionProperties 游戏会话属性 String
   *
   * 表达式String类型 等于=，不等于<>判断
   * 表示Number类型支持 =,<>,>,>=,<,<=
   *
   * 例如：
   * FilterExpression取值
   * playerSessionCount>=2 AND hasAvailablePlayerSessions=true"
   * 表示查找至少有两个玩家，而且有可用玩家会话的游戏会话。
   * FilterExpression取值
   * gameServerSessionProperties.K1 = 'V1' AND gameServerSessionProperties.K2 = 'V2' OR gameServerSessionProperties.K3 = 'V3'
   *
   * 表示
   * 查询满足如下游戏服务器会话属性的游戏会话
   * {
   *     "GameProperties":[
   *         {
   *             "Key":"K1",
   *             "Value":"V1"
   *         },
   *         {
   *             "Key":"K2",
   *             "Value":"V2"
   *         },
   *         {
   *             "Key":"K3",
   *             "Value":"V3"
   *         }
   *     ]
   * }
   */
  FilterExpression?: string;
  /**
   * 排序条件关键字
   * 支持排序字段
   * gameServerSessionName 游戏会话名称 String
   * gameServerSessionId 游戏会话ID String
   * maximumSessions 最大的玩家会话数 Number
   * creationTimeMillis 创建时间，单位：毫秒 Number
   * playerSessionCount 当前玩家会话数 Number
   */
  SortExpression?: string;
}

/** SearchGameServerSessions返回参数结构体 */
export interface SearchGameServerSessionsResponse {
  /**
   * 游戏服务器会话列表
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  GameServerSessions: GameServerSession[] | null;
  /**
   * 页偏移，用于查询下一页，最小长度不小于1个ASCII字符，最大长度不超过1024个ASCII字符
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  NextToken: string | null;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** 游戏服务进程 */
export interface ServerProcesse {
  /** 并发执行数量，所有进程并发执行总数最小值1，最大值50 */
  ConcurrentExecutions?: number;
  /** 启动路径：Linux路径/local/game/ 或WIndows路径C:\game\，最小长度1，最大长度1024 */
  LaunchPath?: string;
  /** 启动参数，最小长度0，最大长度1024 */
  Parameters?: string;
}

/** SetServerReserved请求参数结构体 */
export interface SetServerReservedRequest {
  /** 扩缩容配置服务器舰队ID */
  FleetId: string;
  /** 实例ID */
  InstanceId: string;
  /** 实例是否保留, 1-保留，0-不保留,默认 */
  ReserveValue?: number;
}

/** SetServerReserved返回参数结构体 */
export interface SetServerReservedResponse {
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** SetServerWeight请求参数结构体 */
export interface SetServerWeightRequest {
  /** 服务器舰队ID */
  FleetId: string;
  /** 实例ID */
  InstanceId: string;
  /** 权重，最小值0，最大值10，默认值5 */
  Weight: number;
}

/** SetServerWeight返回参数结构体 */
export interface SetServerWeightResponse {
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** StartFleetActions请求参数结构体 */
export interface StartFleetActionsRequest {
  /** 服务器舰队 Id */
  FleetId: string;
  /** 服务器舰队扩展策略，值为["AUTO_SCALING"] */
  Actions?: string[];
}

/** StartFleetActions返回参数结构体 */
export interface StartFleetActionsResponse {
  /**
   * 服务器舰队 Id
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  FleetId: string | null;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** StartGameServerSessionPlacement请求参数结构体 */
export interface StartGameServerSessionPlacementRequest {
  /** 开始部署游戏服务器会话的唯一标识符，最大值48个ASCII字符，模式：[a-zA-Z0-9-]+ */
  PlacementId: string;
  /** 游戏服务器会话队列名称 */
  GameServerSessionQueueName: string;
  /** 游戏服务器允许同时连接到游戏会话的最大玩家数量，最小值1，最大值为玩家会话最大限额 */
  MaximumPlayerSessionCount: number;
  /** 玩家游戏会话信息 */
  DesiredPlayerSessions?: DesiredPlayerSession[];
  /** 玩家游戏会话属性 */
  GameProperties?: GameProperty[];
  /** 游戏服务器会话数据，最大长度不超过4096个ASCII字符 */
  GameServerSessionData?: string;
  /** 游戏服务器会话名称，最大长度不超过4096个ASCII字符 */
  GameServerSessionName?: string;
  /** 玩家延迟 */
  PlayerLatencies?: PlayerLatency[];
}

/** StartGameServerSessionPlacement返回参数结构体 */
export interface StartGameServerSessionPlacementResponse {
  /** 游戏服务器会话放置 */
  GameServerSessionPlacement: GameServerSessionPlacement;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** StopFleetActions请求参数结构体 */
export interface StopFleetActionsRequest {
  /** 服务器舰队 Id */
  FleetId: string;
  /** 服务器舰队扩展策略，值为["AUTO_SCALING"] */
  Actions?: string[];
}

/** StopFleetActions返回参数结构体 */
export interface StopFleetActionsResponse {
  /**
   * 服务器舰队 Id
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  FleetId: string | null;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** StopGameServerSessionPlacement请求参数结构体 */
export interface StopGameServerSessionPlacementRequest {
  /** 游戏服务器会话放置的唯一标识符 */
  PlacementId: string;
}

/** StopGameServerSessionPlacement返回参数结构体 */
export interface StopGameServerSessionPlacementResponse {
  /** 游戏服务器会话放置 */
  GameServerSessionPlacement: GameServerSessionPlacement;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** 标签结构体 */
export interface Tag {
  /** 标签键，最大长度127字节 */
  Key: string;
  /** 标签值，最大长度255字节 */
  Value: string;
}

/** 基于规则的动态扩缩容配置项 */
export interface TargetConfiguration {
  /**
   * 预留存率
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  TargetValue?: number | null;
}

/** 重复周期配置 */
export interface TimerConfiguration {
  /**
   * 定时器重复周期类型（未定义0，单次1、按天2、按月3、按周4）
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  TimerType?: number | null;
  /**
   * 定时器取值
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  TimerValue?: TimerValue | null;
  /**
   * 定时器开始时间
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  BeginTime?: string | null;
  /**
   * 定时器结束时间
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  EndTime?: string | null;
}

/** 定时器弹性伸缩策略 */
export interface TimerFleetCapacity {
  /**
   * 扩缩容配置服务器舰队ID
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  FleetId?: string | null;
  /**
   * 期望实例数
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  DesiredInstances?: number | null;
  /**
   * 最小实例数
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  MinSize?: number | null;
  /**
   * 最大实例数
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  MaxSize?: number | null;
  /**
   * 伸缩容间隔，单位：分钟
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  ScalingInterval?: number | null;
  /**
   * 扩缩容类型（手动1，自动2、未定义0）
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  ScalingType?: number | null;
  /**
   * 基于目标的扩展策略的设置
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  TargetConfiguration?: TargetConfiguration | null;
}

/** 定时器策略消息 */
export interface TimerScalingPolicy {
  /**
   * 定时器ID，进行encode，填写时更新
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  TimerId?: string | null;
  /**
   * 定时器名称
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  TimerName?: string | null;
  /**
   * 定时器状态(未定义0、未生效1、生效中2、已停止3、已过期4)
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  TimerStatus?: number | null;
  /**
   * 定时器弹性伸缩策略
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  TimerFleetCapacity?: TimerFleetCapacity | null;
  /**
   * 重复周期配置
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  TimerConfiguration?: TimerConfiguration | null;
}

/** 定时器取值配置 */
export interface TimerValue {
  /**
   * 每X天，执行一次(重复周期-按天/单次)
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  Day?: number | null;
  /**
   * 每月从第x天，执行一次(重复周期-按月)
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  FromDay?: number | null;
  /**
   * 每月到第x天，执行一次(重复周期-按月)
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  ToDay?: number | null;
  /**
   * 重复周期-按周，周几（多个值,取值周一(1,2,3,4,5,6,7)周日）
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  WeekDays?: number[] | null;
}

/** UpdateAlias请求参数结构体 */
export interface UpdateAliasRequest {
  /** 要更新的别名的唯一标识符 */
  AliasId: string;
  /** 名字，长度不小于1字符不超过1024字符 */
  Name?: string;
  /** 别名的可读说明，长度不小于1字符不超过1024字符 */
  Description?: string;
  /** 别名的路由配置 */
  RoutingStrategy?: RoutingStrategy;
}

/** UpdateAlias返回参数结构体 */
export interface UpdateAliasResponse {
  /**
   * 别名对象
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  Alias: Alias | null;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** UpdateAsset请求参数结构体 */
export interface UpdateAssetRequest {
  /** 生成包ID */
  AssetId: string;
  /** 生成包名字，最小长度为1，最大长度为64 */
  AssetName: string;
  /** 生成包版本，最小长度为1，最大长度为64 */
  AssetVersion: string;
}

/** UpdateAsset返回参数结构体 */
export interface UpdateAssetResponse {
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** UpdateBucketAccelerateOpt请求参数结构体 */
export interface UpdateBucketAccelerateOptRequest {
  /** true为开启全球加速，false为关闭 */
  Allowed: boolean;
}

/** UpdateBucketAccelerateOpt返回参数结构体 */
export interface UpdateBucketAccelerateOptResponse {
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** UpdateBucketCORSOpt请求参数结构体 */
export interface UpdateBucketCORSOptRequest {
  /** 允许的访问来源;具体参见 [cos文档](https://cloud.tencent.com/document/product/436/8279) */
  AllowedOrigins: string[];
  /** 允许的 HTTP 操作方法;可以配置多个:PUT、GET、POST、HEAD。[cos文档](https://cloud.tencent.com/document/product/436/8279) */
  AllowedMethods: string[];
  /** 用于指定允许浏览器发送 CORS 请求时携带的自定义 HTTP 请求头部;可以配置*，代表允许所有头部，为了避免遗漏，推荐配置为*。[cos文档](https://cloud.tencent.com/document/product/436/8279) */
  AllowedHeaders?: string[];
  /** 跨域资源共享配置的有效时间，单位为秒。[cos文档](https://cloud.tencent.com/document/product/436/8279) */
  MaxAgeSeconds?: number;
  /** 允许浏览器获取的 CORS 请求响应中的头部，不区分大小写；默认情况下浏览器只能访问简单响应头部：Cache-Control、Content-Type、Expires、Last-Modified，如果需要访问其他响应头部，需要添加 ExposeHeader 配置。[cos文档](https://cloud.tencent.com/document/product/436/8279) */
  ExposeHeaders?: string[];
}

/** UpdateBucketCORSOpt返回参数结构体 */
export interface UpdateBucketCORSOptResponse {
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** UpdateFleetAttributes请求参数结构体 */
export interface UpdateFleetAttributesRequest {
  /** 服务器舰队 Id */
  FleetId: string;
  /** 服务器舰队描述，最小长度0，最大长度100 */
  Description?: string;
  /** 服务器舰队名称，最小长度1，最大长度50 */
  Name?: string;
  /** 保护策略：不保护NoProtection、完全保护FullProtection、时限保护TimeLimitProtection */
  NewGameSessionProtectionPolicy?: string;
  /** 资源创建限制策略 */
  ResourceCreationLimitPolicy?: ResourceCreationLimitPolicy;
  /** 时限保护超时时间，默认60分钟，最小值5，最大值1440；当NewGameSessionProtectionPolicy为TimeLimitProtection时参数有效 */
  GameServerSessionProtectionTimeLimit?: number;
}

/** UpdateFleetAttributes返回参数结构体 */
export interface UpdateFleetAttributesResponse {
  /**
   * 服务器舰队Id
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  FleetId: string | null;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** UpdateFleetCapacity请求参数结构体 */
export interface UpdateFleetCapacityRequest {
  /** 服务器舰队ID */
  FleetId: string;
  /** 期望的服务器实例数 */
  DesiredInstances?: number;
  /** 服务器实例数最小限制，最小值0，最大值不超过最高配额查看各地区最高配额减1 */
  MinSize?: number;
  /** 服务器实例数最大限制，最小值1，最大值不超过最高配额查看各地区最高配额 */
  MaxSize?: number;
  /** 服务器伸缩容间隔，单位分钟，最小值3，最大值30，默认值10 */
  ScalingInterval?: number;
}

/** UpdateFleetCapacity返回参数结构体 */
export interface UpdateFleetCapacityResponse {
  /**
   * 服务器舰队ID
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  FleetId: string | null;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** UpdateFleetName请求参数结构体 */
export interface UpdateFleetNameRequest {
  /** 服务器舰队 Id */
  FleetId: string;
  /** 服务器舰队名称，最小长度1，最大长度50 */
  Name: string;
}

/** UpdateFleetName返回参数结构体 */
export interface UpdateFleetNameResponse {
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** UpdateFleetPortSettings请求参数结构体 */
export interface UpdateFleetPortSettingsRequest {
  /** 服务器舰队 Id */
  FleetId: string;
  /** 新增安全组 */
  InboundPermissionAuthorizations?: InboundPermissionAuthorization[];
  /** 移除安全组 */
  InboundPermissionRevocations?: InboundPermissionRevocations[];
}

/** UpdateFleetPortSettings返回参数结构体 */
export interface UpdateFleetPortSettingsResponse {
  /**
   * 服务部署 Id
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  FleetId: string | null;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** UpdateGameServerSessionQueue请求参数结构体 */
export interface UpdateGameServerSessionQueueRequest {
  /** 游戏服务器会话队列名字，长度1~128 */
  Name: string;
  /** 目的服务器舰队（可为别名）列表 */
  Destinations?: GameServerSessionQueueDestination[];
  /** 延迟策略集合 */
  PlayerLatencyPolicies?: PlayerLatencyPolicy[];
  /** 超时时间 */
  TimeoutInSeconds?: number;
}

/** UpdateGameServerSessionQueue返回参数结构体 */
export interface UpdateGameServerSessionQueueResponse {
  /** 部署服务组对象 */
  GameServerSessionQueue: GameServerSessionQueue;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** UpdateGameServerSession请求参数结构体 */
export interface UpdateGameServerSessionRequest {
  /** 游戏服务器会话ID，最小长度1个ASCII字符，最大长度不超过256个ASCII字符 */
  GameServerSessionId: string;
  /** 最大玩家数量，最小值不小于0 */
  MaximumPlayerSessionCount?: number;
  /** 游戏服务器会话名称，最小长度不小于1个ASCII字符，最大长度不超过1024个ASCII字符 */
  Name?: string;
  /** 玩家会话创建策略，包括允许所有玩家加入和禁止所有玩家加入（ACCEPT_ALL,DENY_ALL） */
  PlayerSessionCreationPolicy?: string;
  /** 保护策略，包括不保护、时限保护和完全保护(NoProtection,TimeLimitProtection,FullProtection) */
  ProtectionPolicy?: string;
}

/** UpdateGameServerSession返回参数结构体 */
export interface UpdateGameServerSessionResponse {
  /** 更新后的游戏会话 */
  GameServerSession: GameServerSession;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}

/** UpdateRuntimeConfiguration请求参数结构体 */
export interface UpdateRuntimeConfigurationRequest {
  /** 服务器舰队Id */
  FleetId: string;
  /** 服务器舰队配置 */
  RuntimeConfiguration?: RuntimeConfiguration;
}

/** UpdateRuntimeConfiguration返回参数结构体 */
export interface UpdateRuntimeConfigurationResponse {
  /**
   * 服务器舰队配置
   * 注意：此字段可能返回 null，表示取不到有效值。
   */
  RuntimeConfiguration: RuntimeConfiguration | null;
  /** 唯一请求 ID，每次请求都会返回。定位问题时需要提供该次请求的 RequestId。 */
  RequestId: string;
}
