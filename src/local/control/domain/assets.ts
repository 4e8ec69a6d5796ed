import { makeArn } from "../arn.js";
import { ControlRefusal } from "../ControlRefusal.js";
import type { AssetRecord, TagRecord } from "../records.js";
import type { ControlStore } from "./ControlStore.js";
import { shortId } from "./shortId.js";

export interface CreateAssetInput {
  assetName: string;
  assetVersion: string;
  operateSystem: string;
  imageId: string;
  region: string;
  bucketKey: string;
  archiveBytes: number;
  unpackedBytes: number;
  tags: readonly TagRecord[];
}

export interface AssetDomain {
  get(assetId: string): AssetRecord | undefined;
  /** The asset, or ResourceNotFound naming `field`. */
  require(assetId: string, field?: string): AssetRecord;
  list(): AssetRecord[];
  create(input: CreateAssetInput, limit: number): AssetRecord;
  update(asset: AssetRecord, name: string, version: string): void;
  /** Refused (ResourceInUse) while a fleet that is not deleted uses it. */
  delete(asset: AssetRecord): void;
  /** Fleets built from it, not yet gone. */
  boundFleets(assetId: string): number;
}

export function createAssetDomain(store: ControlStore): AssetDomain {
  const assets = store.tables.assets;
  const domain: AssetDomain = {
    get: (id) => assets.get(id),
    require(id, field = "AssetId") {
      const asset = assets.get(id);
      if (!asset) throw new ControlRefusal("ResourceNotFound", `${field} ${id} names no asset (see DescribeAssets)`, field);
      return asset;
    },
    list: () => [...assets.values()],
    create(input, limit) {
      if (assets.size >= limit) {
        throw new ControlRefusal("LimitExceeded", `this gse-local holds at most ${limit} assets (DescribeUserQuota ResourceType 1); delete one first`);
      }
      const assetId = shortId("asset");
      const record: AssetRecord = {
        assetId,
        assetArn: makeArn("asset", input.region, assetId),
        assetName: input.assetName,
        assetVersion: input.assetVersion,
        operateSystem: input.operateSystem,
        imageId: input.imageId,
        region: input.region,
        bucketKey: input.bucketKey,
        archiveBytes: input.archiveBytes,
        unpackedBytes: input.unpackedBytes,
        createTime: store.clock.now(),
        tags: input.tags,
      };
      store.put("assets", record);
      return record;
    },
    update(asset, name, version) {
      store.update("assets", asset, { assetName: name, assetVersion: version });
    },
    delete(asset) {
      const bound = domain.boundFleets(asset.assetId);
      if (bound > 0) {
        throw new ControlRefusal(
          "ResourceInUse",
          `AssetId ${asset.assetId} is used by ${bound} fleet${bound === 1 ? "" : "s"}; delete ${bound === 1 ? "it" : "them"} first`,
          "AssetId",
        );
      }
      store.delete("assets", asset.assetId);
    },
    boundFleets(assetId) {
      let n = 0;
      for (const fleet of store.tables.fleets.values()) if (fleet.assetId === assetId && fleet.status !== "TERMINATED") n++;
      return n;
    },
  };
  return domain;
}
