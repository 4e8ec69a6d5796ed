// The request types of the instance, capacity, scaling, alias, queue and
// other actions, from api.json (see assetFleetModels.ts for the rest).
import type { RoutingStrategyType } from "../../control/aliases/resolveAlias.js";
import type { AdjustmentType, ComparisonOperator, PolicyType } from "../../control/scaling/scalingModels.js";
import type { AnyScalingMetric, Tag, Filter } from "./assetFleetModels.js";

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

