// The request types of the control-plane actions, from api.json (gse
// 2019-11-12): one interface per request and per nested object, named as
// api.json names them, field documents shortened from its Chinese text.
// Written once by a script over api.json and maintained by hand since.
import type { ProtectionPolicy } from "../cloudModels.js";
import type { RoutingStrategyType } from "../../control/aliases/resolveAlias.js";
import type { AdjustmentType, ComparisonOperator, PolicyType } from "../../control/scaling/scalingModels.js";

export type PortProtocol = "TCP" | "UDP";
/** The rule-based metrics, and the target-based one in both of api.json's spellings. */
export type AnyScalingMetric =
  | "AvailableGameServerSessions"
  | "AvailableCustomCount"
  | "PercentAvailableCustomCount"
  | "ActiveInstances"
  | "IdleInstances"
  | "CurrentPlayerSessions"
  | "PercentIdleInstances"
  | "PercentAvailableGameServerSessions"
  | "PercentAvailableGameSessions";

export interface Tag {
  /** 标签键，最大长度127字节 */
  Key: string;
  /** 标签值，最大长度255字节 */
  Value: string;
}
export interface CreateAssetRequest {
  /** 生成包的ZIP包名，例如：server.zip */
  BucketKey: string;
  /** 生成包名字，最小长度为1，最大长度为64 */
  AssetName: string;
  /** 生成包版本，最小长度为1，最大长度为64 */
  AssetVersion: string;
  /** 生成包所在地域，详见产品支持的 [地域列表](https://cloud.tencent.com/document/api/1165/42053#.E5.9C.B0.E5.9F.9F.E5.88.97.E8.A1.A8) */
  AssetRegion: string;
  /** 生成包可运行的操作系统，若传入参数为CentOS7.16则不需要传入ImageId字段，否则，需要传入Imageid字段（该方式是为了兼容之前的版本，后续建议使用ImageId来替代该字段）。这里可通过[DescribeAssetSystems](https://cloud.tencent.com/ */
  OperateSystem: string;
  /** 生成包支持的操作系统镜像id，若传入OperateSystem字段的值是CentOS7.16，则不需要传入该值；如果不是，则需要通过[DescribeAssetSystems](https://cloud.tencent.com/document/product/1165/49191)接口获取ass */
  ImageId?: string;
  /** 标签列表，最大长度50组 */
  Tags?: Tag[];
}
export interface DescribeAssetRequest {
  /** 生成包ID */
  AssetId: string;
}
export interface Filter {
  /** 过滤属性的 key */
  Key?: string;
  /** 过滤属性的 values 值 */
  Values?: string[];
}
export interface DescribeAssetsRequest {
  /** 生成包支持的可部署 [地域列表](https://cloud.tencent.com/document/api/1165/42053#.E5.9C.B0.E5.9F.9F.E5.88.97.E8.A1.A8) */
  AssetRegion: string;
  /** 偏移，代表页数，与asset实际数量相关 */
  Offset: number;
  /** 前端界面每页显示的最大条数，不超过100 */
  Limit: number;
  /** 搜索条件，支持包ID或包名字过滤，该字段会逐步废弃，建议使用 Filters 字段 */
  Filter?: string;
  /** 资源过滤字段，可以按照资源名称、资源ID和标签进行过滤- 资源名称过滤    - Key: 固定字符串 "resource:name"    - Values: 资源名称数组（生成包当前仅支持单个名称的过滤）- 资源ID过滤    - Key: 固定字符串 "resource:resourceId" */
  Filters?: Filter[];
}
export interface UpdateAssetRequest {
  /** 生成包ID */
  AssetId: string;
  /** 生成包名字，最小长度为1，最大长度为64 */
  AssetName: string;
  /** 生成包版本，最小长度为1，最大长度为64 */
  AssetVersion: string;
}
export interface DeleteAssetRequest {
  /** 生成包ID */
  AssetId: string;
}
export interface DescribeAssetSystemsRequest {
  /** 生成包支持的操作系统类型 */
  OsType?: string;
  /** 生成包支持的操作系统位数 */
  OsBit?: number;
}
export interface GetUploadCredentialsRequest {
  /** 生成包所在地域，详见产品支持的 [地域列表](https://cloud.tencent.com/document/api/1165/42053#.E5.9C.B0.E5.9F.9F.E5.88.97.E8.A1.A8) */
  AssetRegion: string;
  /** 生成包的ZIP包名，例如：server.zip */
  BucketKey: string;
}
export interface GetUploadFederationTokenRequest {
}
export interface InboundPermission {
  /** 起始端口号，最小值1025 */
  FromPort?: number;
  /** IP 段范围，合法的 CIDR 地址类型，如所有IPv4来源：0.0.0.0/0 */
  IpRange?: string;
  /** 协议类型：TCP或者UDP */
  Protocol?: PortProtocol;
  /** 终止端口号，最大值60000 */
  ToPort?: number;
}
export interface ResourceCreationLimitPolicy {
  /** 创建数量，最小值1，默认2 */
  NewGameServerSessionsPerCreator?: number;
  /** 单位时间，最小值1，默认3，单位分钟 */
  PolicyPeriodInMinutes?: number;
}
export interface ServerProcesse {
  /** 并发执行数量，所有进程并发执行总数最小值1，最大值50 */
  ConcurrentExecutions?: number;
  /** 启动路径：Linux路径/local/game/ 或WIndows路径C:\game\，最小长度1，最大长度1024 */
  LaunchPath?: string;
  /** 启动参数，最小长度0，最大长度1024 */
  Parameters?: string;
}
export interface RuntimeConfiguration {
  /** 游戏会话进程超时，最小值1，最大值600，单位秒 */
  GameServerSessionActivationTimeoutSeconds?: number;
  /** 最大游戏会话数，最小值1，最大值2147483647 */
  MaxConcurrentGameServerSessionActivations?: number;
  /** 服务进程配置，至少有一个进程配置 */
  ServerProcesses?: ServerProcesse[];
}
export interface DiskInfo {
  /** 磁盘类型，支持：高性能云硬盘（CLOUD_PREMIUM）、SSD云硬盘（CLOUD_SSD） */
  DiskType: "CLOUD_PREMIUM" | "CLOUD_SSD";
  /** 系统盘：可选硬盘容量，50-500GB，数字以1为单位，数据盘：可选硬盘容量：10-32000GB，数字以10为单位；当磁盘类型为SSD云硬盘（CLOUD_SSD）最小大小为 100GB */
  DiskSize: number;
}
export interface CcnInfo {
  /** 云联网所属账号 */
  AccountId: string;
  /** 云联网id */
  CcnId: string;
}
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
  FleetType?: "ON_DEMAND";
  /** 服务器舰队名称，最小长度1，最大长度50 */
  Name?: string;
  /** 保护策略：不保护NoProtection、完全保护FullProtection、时限保护TimeLimitProtection */
  NewGameServerSessionProtectionPolicy?: ProtectionPolicy;
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
  FleetType?: "ON_DEMAND";
  /** 服务器舰队名称，最小长度1，最大长度50 */
  Name?: string;
  /** 保护策略：不保护NoProtection、完全保护FullProtection、时限保护TimeLimitProtection */
  NewGameServerSessionProtectionPolicy?: ProtectionPolicy;
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
export interface DeleteFleetRequest {
  /** 服务器舰队 Id */
  FleetId: string;
}
export interface DescribeFleetAttributesRequest {
  /** 服务器舰队 Ids */
  FleetIds?: string[];
  /** 结果返回最大数量，默认值20，最大值100 */
  Limit?: number;
  /** 返回结果偏移，最小值0 */
  Offset?: number;
}
export interface ListFleetsRequest {
  /** 生成包 Id */
  AssetId?: string;
  /** 结果返回最大值，暂未使用 */
  Limit?: number;
  /** 结果返回偏移，暂未使用 */
  Offset?: number;
  /** 资源过滤字段，可以按照资源名称和标签进行过滤- 资源名称过滤    - Key: 固定字符串 "resource:name"    - Values: 资源名称数组（当前仅支持单个名称的过滤）- 标签过滤    - 通过标签键过滤        - Key: 固定字符串 "tag:key"      */
  Filters?: Filter[];
}
export interface UpdateFleetAttributesRequest {
  /** 服务器舰队 Id */
  FleetId: string;
  /** 服务器舰队描述，最小长度0，最大长度100 */
  Description?: string;
  /** 服务器舰队名称，最小长度1，最大长度50 */
  Name?: string;
  /** 保护策略：不保护NoProtection、完全保护FullProtection、时限保护TimeLimitProtection */
  NewGameSessionProtectionPolicy?: ProtectionPolicy;
  /** 资源创建限制策略 */
  ResourceCreationLimitPolicy?: ResourceCreationLimitPolicy;
  /** 时限保护超时时间，默认60分钟，最小值5，最大值1440；当NewGameSessionProtectionPolicy为TimeLimitProtection时参数有效 */
  GameServerSessionProtectionTimeLimit?: number;
}
export interface UpdateFleetNameRequest {
  /** 服务器舰队 Id */
  FleetId: string;
  /** 服务器舰队名称，最小长度1，最大长度50 */
  Name: string;
}
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
export interface DescribeRuntimeConfigurationRequest {
  /** 服务器舰队 Id */
  FleetId: string;
}
export interface UpdateRuntimeConfigurationRequest {
  /** 服务器舰队Id */
  FleetId: string;
  /** 服务器舰队配置 */
  RuntimeConfiguration?: RuntimeConfiguration;
}
export interface DescribeFleetPortSettingsRequest {
  /** 服务器舰队 Id */
  FleetId: string;
}
export interface InboundPermissionAuthorization {
  /** 起始端口号 */
  FromPort?: number;
  /** IP 端范围，CIDR方式划分 */
  IpRange?: string;
  /** 协议类型 */
  Protocol?: PortProtocol;
  /** 终止端口号 */
  ToPort?: number;
}
export interface InboundPermissionRevocations {
  /** 起始端口号 */
  FromPort?: number;
  /** IP 端范围，CIDR 方式换分 */
  IpRange?: string;
  /** 协议类型：UDP或者TCP */
  Protocol?: PortProtocol;
  /** 终止端口号 */
  ToPort?: number;
}
export interface UpdateFleetPortSettingsRequest {
  /** 服务器舰队 Id */
  FleetId: string;
  /** 新增安全组 */
  InboundPermissionAuthorizations?: InboundPermissionAuthorization[];
  /** 移除安全组 */
  InboundPermissionRevocations?: InboundPermissionRevocations[];
}
export interface DescribeFleetRelatedResourcesRequest {
  /** 服务器舰队 Id */
  FleetId: string;
}
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
export interface SetServerWeightRequest {
  /** 服务器舰队ID */
  FleetId: string;
  /** 实例ID */
  InstanceId: string;
  /** 权重，最小值0，最大值10，默认值5 */
  Weight: number;
}
export interface SetServerReservedRequest {
  /** 扩缩容配置服务器舰队ID */
  FleetId: string;
  /** 实例ID */
  InstanceId: string;
  /** 实例是否保留, 1-保留，0-不保留,默认 */
  ReserveValue?: number;
}
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
export interface DescribeFleetCapacityRequest {
  /** 服务器舰队ID列表 */
  FleetIds: string[];
  /** 结果返回最大数量，最大值 100 */
  Limit?: number;
  /** 返回结果偏移，最小值 0 */
  Offset?: number;
}
export interface DescribeFleetUtilizationRequest {
  /** 服务器舰队 Ids */
  FleetIds: string[];
}
export interface DescribeFleetStatisticSummaryRequest {
  /** 服务器舰队ID */
  FleetId?: string;
  /** 查询开始时间，时间格式: YYYY-MM-DD hh:mm:ss */
  BeginTime?: string;
  /** 查询结束时间，时间格式: YYYY-MM-DD hh:mm:ss */
  EndTime?: string;
}
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
export interface TargetConfiguration {
  /** 预留存率 */
  TargetValue?: number;
}
export interface PutScalingPolicyRequest {
  /** 扩缩容配置服务器舰队ID */
  FleetId: string;
  /** 扩缩容策略名称，最小长度为1，最大长度为1024 */
  Name?: string;
  /** 扩缩容调整值，ScalingAdjustmentType取值PercentChangeInCapacity时，取值范围-99~99 */
  ScalingAdjustment?: number;
  /** 扩缩容调整类型，取值（ChangeInCapacity，ExactCapacity，PercentChangeInCapacity） */
  ScalingAdjustmentType?: AdjustmentType;
  /** 扩缩容指标阈值 */
  Threshold?: number;
  /** 扩缩容策略比较符，取值：>,>=,<,<= */
  ComparisonOperator?: ComparisonOperator;
  /** 单个策略持续时间长度（分钟） */
  EvaluationPeriods?: number;
  /** 扩缩容参与计算的指标名称，PolicyType取值RuleBased， */
  MetricName?: AnyScalingMetric;
  /** 策略类型，取值：TargetBased表示基于目标的策略；RuleBased表示基于规则的策略 */
  PolicyType?: PolicyType;
  /** 扩缩容目标值配置，只有TargetBased类型的策略生效 */
  TargetConfiguration?: TargetConfiguration;
}
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
export interface DeleteScalingPolicyRequest {
  /** 服务器舰队ID */
  FleetId: string;
  /** 扩缩容策略名称，最小长度为0，最大长度为1024 */
  Name?: string;
}
export interface StartFleetActionsRequest {
  /** 服务器舰队 Id */
  FleetId: string;
  /** 服务器舰队扩展策略，值为["AUTO_SCALING"] */
  Actions?: string[];
}
export interface StopFleetActionsRequest {
  /** 服务器舰队 Id */
  FleetId: string;
  /** 服务器舰队扩展策略，值为["AUTO_SCALING"] */
  Actions?: string[];
}
export interface TimerFleetCapacity {
  /** 扩缩容配置服务器舰队ID */
  FleetId?: string;
  /** 期望实例数 */
  DesiredInstances?: number;
  /** 最小实例数 */
  MinSize?: number;
  /** 最大实例数 */
  MaxSize?: number;
  /** 伸缩容间隔，单位：分钟 */
  ScalingInterval?: number;
  /** 扩缩容类型（手动1，自动2、未定义0） */
  ScalingType?: number;
  /** 基于目标的扩展策略的设置 */
  TargetConfiguration?: TargetConfiguration;
}
export interface TimerValue {
  /** 每X天，执行一次(重复周期-按天/单次) */
  Day?: number;
  /** 每月从第x天，执行一次(重复周期-按月) */
  FromDay?: number;
  /** 每月到第x天，执行一次(重复周期-按月) */
  ToDay?: number;
  /** 重复周期-按周，周几（多个值,取值周一(1,2,3,4,5,6,7)周日） */
  WeekDays?: number[];
}
export interface TimerConfiguration {
  /** 定时器重复周期类型（未定义0，单次1、按天2、按月3、按周4） */
  TimerType?: number;
  /** 定时器取值 */
  TimerValue?: TimerValue;
  /** 定时器开始时间 */
  BeginTime?: string;
  /** 定时器结束时间 */
  EndTime?: string;
}
export interface TimerScalingPolicy {
  /** 定时器ID，进行encode，填写时更新 */
  TimerId?: string;
  /** 定时器名称 */
  TimerName?: string;
  /** 定时器状态(未定义0、未生效1、生效中2、已停止3、已过期4) */
  TimerStatus?: number;
  /** 定时器弹性伸缩策略 */
  TimerFleetCapacity?: TimerFleetCapacity;
  /** 重复周期配置 */
  TimerConfiguration?: TimerConfiguration;
}
export interface PutTimerScalingPolicyRequest {
  /** 定时器策略消息 */
  TimerScalingPolicy?: TimerScalingPolicy;
}
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
export interface DeleteTimerScalingPolicyRequest {
  /** 定时器ID, 进行encode */
  TimerId?: string;
  /** 扩缩容配置服务器舰队ID */
  FleetId?: string;
  /** 定时器名称 */
  TimerName?: string;
}
export interface RoutingStrategy {
  /** 别名的路由策略的类型，有效值常规别名(SIMPLE)、终止别名(TERMINAL) */
  Type: RoutingStrategyType;
  /** 别名指向的队列的唯一标识符 */
  FleetId?: string;
  /** 与终端路由策略一起使用的消息文本，长度不小于1字符不超过1024字符 */
  Message?: string;
}
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
export interface DescribeAliasRequest {
  /** 要检索的队列别名的唯一标识符 */
  AliasId: string;
}
export interface ListAliasesRequest {
  /** 名字，长度不小于1字符不超过1024字符 */
  Name?: string;
  /** 路由策略类型，有效值常规别名(SIMPLE)、终止别名(TERMINAL) */
  RoutingStrategyType?: RoutingStrategyType;
  /** 要返回的最大结果数，最小值1 */
  Limit?: number;
  /** 偏移，默认0 */
  Offset?: number;
  /** 排序字段，例如CreationTime */
  OrderBy?: string;
  /** 排序方式，有效值asc|desc */
  OrderWay?: "asc" | "desc";
  /** 资源过滤字段，可以按照资源名称和标签进行过滤- 资源名称过滤    - Key: 固定字符串 "resource:name"    - Values: 资源名称数组（舰队当前仅支持单个名称的过滤）- 标签过滤    - 通过标签键过滤        - Key: 固定字符串 "tag:key"    */
  Filters?: Filter[];
}
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
export interface DeleteAliasRequest {
  /** 要删除的别名ID */
  AliasId: string;
}
export interface ResolveAliasRequest {
  /** 要获取fleetId的别名ID */
  AliasId: string;
}
export interface GameServerSessionQueueDestination {
  /** 服务部署组目的的资源描述 */
  DestinationArn?: string;
  /** 服务部署组目的的状态 */
  FleetStatus?: string;
}
export interface PlayerLatencyPolicy {
  /** 任意player允许的最大延迟，单位：毫秒 */
  MaximumIndividualPlayerLatencyMilliseconds: number;
  /** 放置新GameServerSession时强制实施策略的时间长度，单位：秒 */
  PolicyDurationSeconds?: number;
}
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
export interface DescribeGameServerSessionQueuesRequest {
  /** 游戏服务器会话队列名称数组，单个名字长度1~128 */
  Names?: string[];
  /** 结果返回最大数量，最小值0，最大值100 */
  Limit?: number;
  /** 返回结果偏移，最小值0 */
  Offset?: number;
  /** 资源过滤字段，可以按照资源名称、资源ID和标签进行过滤- 资源名称过滤    - Key: 固定字符串 "resource:name"    - Values: 资源名称数组（游戏服务器会话队列支持多个名称的过滤）- 标签过滤    - 通过标签键过滤        - Key: 固定字符串 "ta */
  Filters?: Filter[];
}
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
export interface DeleteGameServerSessionQueueRequest {
  /** 游戏服务器会话队列名字，长度1~128 */
  Name: string;
}
export interface DescribeInstanceTypesRequest {
}
export interface DescribeInstanceLimitRequest {
}
export interface DescribeUserQuotaRequest {
  /** 资源类型 */
  ResourceType?: number;
}
export interface DescribeUserQuotasRequest {
}
export interface DescribeCcnInstancesRequest {
  /** 服务器舰队 Id */
  FleetId?: string;
}

/** Each control-plane action's request. */
export interface ControlRequests {
  CreateAsset: CreateAssetRequest;
  DescribeAsset: DescribeAssetRequest;
  DescribeAssets: DescribeAssetsRequest;
  UpdateAsset: UpdateAssetRequest;
  DeleteAsset: DeleteAssetRequest;
  DescribeAssetSystems: DescribeAssetSystemsRequest;
  GetUploadCredentials: GetUploadCredentialsRequest;
  GetUploadFederationToken: GetUploadFederationTokenRequest;
  CreateFleet: CreateFleetRequest;
  CopyFleet: CopyFleetRequest;
  DeleteFleet: DeleteFleetRequest;
  DescribeFleetAttributes: DescribeFleetAttributesRequest;
  ListFleets: ListFleetsRequest;
  UpdateFleetAttributes: UpdateFleetAttributesRequest;
  UpdateFleetName: UpdateFleetNameRequest;
  DescribeFleetEvents: DescribeFleetEventsRequest;
  DescribeRuntimeConfiguration: DescribeRuntimeConfigurationRequest;
  UpdateRuntimeConfiguration: UpdateRuntimeConfigurationRequest;
  DescribeFleetPortSettings: DescribeFleetPortSettingsRequest;
  UpdateFleetPortSettings: UpdateFleetPortSettingsRequest;
  DescribeFleetRelatedResources: DescribeFleetRelatedResourcesRequest;
  DescribeInstances: DescribeInstancesRequest;
  DescribeInstancesExtend: DescribeInstancesExtendRequest;
  SetServerWeight: SetServerWeightRequest;
  SetServerReserved: SetServerReservedRequest;
  UpdateFleetCapacity: UpdateFleetCapacityRequest;
  DescribeFleetCapacity: DescribeFleetCapacityRequest;
  DescribeFleetUtilization: DescribeFleetUtilizationRequest;
  DescribeFleetStatisticSummary: DescribeFleetStatisticSummaryRequest;
  DescribeFleetStatisticDetails: DescribeFleetStatisticDetailsRequest;
  DescribeFleetStatisticFlows: DescribeFleetStatisticFlowsRequest;
  GetGameServerInstanceLogUrl: GetGameServerInstanceLogUrlRequest;
  PutScalingPolicy: PutScalingPolicyRequest;
  DescribeScalingPolicies: DescribeScalingPoliciesRequest;
  DeleteScalingPolicy: DeleteScalingPolicyRequest;
  StartFleetActions: StartFleetActionsRequest;
  StopFleetActions: StopFleetActionsRequest;
  PutTimerScalingPolicy: PutTimerScalingPolicyRequest;
  DescribeTimerScalingPolicies: DescribeTimerScalingPoliciesRequest;
  DeleteTimerScalingPolicy: DeleteTimerScalingPolicyRequest;
  CreateAlias: CreateAliasRequest;
  DescribeAlias: DescribeAliasRequest;
  ListAliases: ListAliasesRequest;
  UpdateAlias: UpdateAliasRequest;
  DeleteAlias: DeleteAliasRequest;
  ResolveAlias: ResolveAliasRequest;
  CreateGameServerSessionQueue: CreateGameServerSessionQueueRequest;
  DescribeGameServerSessionQueues: DescribeGameServerSessionQueuesRequest;
  UpdateGameServerSessionQueue: UpdateGameServerSessionQueueRequest;
  DeleteGameServerSessionQueue: DeleteGameServerSessionQueueRequest;
  DescribeInstanceTypes: DescribeInstanceTypesRequest;
  DescribeInstanceLimit: DescribeInstanceLimitRequest;
  DescribeUserQuota: DescribeUserQuotaRequest;
  DescribeUserQuotas: DescribeUserQuotasRequest;
  DescribeCcnInstances: DescribeCcnInstancesRequest;
}

export type ControlActionName = keyof ControlRequests;
