// The request types of the asset and fleet actions, from api.json (gse
// 2019-11-12): one interface per request and per nested object, named as
// api.json names them, field documents shortened from its Chinese text.
// Written once by a script over api.json and maintained by hand since.
import type { ProtectionPolicy } from "../cloudModels.js";

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
