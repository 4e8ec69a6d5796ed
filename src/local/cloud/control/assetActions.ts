import { stat } from "node:fs/promises";
import { isAbsolute, join, normalize } from "node:path";
import { AssetArchiveError } from "../../control/assets/AssetArchiveError.js";
import { inspectAssetArchive } from "../../control/assets/readAssetArchive.js";
import { ControlRefusal } from "../../control/ControlRefusal.js";
import { LOCAL_OPERATING_SYSTEM, toCloudAsset } from "../../views/controlViews.js";
import { matchesFilters, offsetPage, type ControlActionContext, type ControlActionTable } from "./ControlActionContext.js";

/** The image gse-local reports for its one operating system. */
const LOCAL_IMAGE_ID = "img-gse-local";

/** The zip BucketKey names in the asset directory; a key may not climb out of it. */
export function bucketKeyPath(context: ControlActionContext, bucketKey: string): string {
  const key = normalize(bucketKey);
  if (isAbsolute(bucketKey) || key.startsWith("..") || key.includes("\0")) {
    throw new ControlRefusal("InvalidParameterValue", `BucketKey "${bucketKey}" must name a file inside the asset directory`, "BucketKey");
  }
  return join(context.assetDir, key);
}

export const assetActions: ControlActionTable<
  "CreateAsset" | "DescribeAsset" | "DescribeAssets" | "UpdateAsset" | "DeleteAsset" | "DescribeAssetSystems" | "GetUploadCredentials" | "GetUploadFederationToken"
> = {
  async CreateAsset(request, context) {
    const path = bucketKeyPath(context, request.BucketKey);
    try {
      await stat(path);
    } catch {
      throw new ControlRefusal(
        "ResourceNotFound",
        `BucketKey ${request.BucketKey} is not in the asset directory ${context.assetDir}: copy the zip there first (see GetUploadCredentials)`,
        "BucketKey",
      );
    }
    let summary;
    try {
      summary = await inspectAssetArchive(path);
    } catch (error) {
      if (error instanceof AssetArchiveError) {
        throw new ControlRefusal("InvalidParameterValue", `BucketKey ${request.BucketKey}: ${error.message} (rule: ${error.rule})`, "BucketKey");
      }
      throw error;
    }
    const asset = context.plane.assets.create(
      {
        assetName: request.AssetName,
        assetVersion: request.AssetVersion,
        operateSystem: request.OperateSystem,
        imageId: request.ImageId ?? LOCAL_IMAGE_ID,
        region: request.AssetRegion,
        bucketKey: request.BucketKey,
        archiveBytes: summary.archiveBytes,
        unpackedBytes: summary.totalBytes,
        tags: request.Tags ?? [],
      },
      context.plane.limits.assets,
    );
    return { AssetId: asset.assetId, AssetArn: asset.assetArn };
  },

  DescribeAsset(request, { plane }) {
    return { Asset: toCloudAsset(plane.assets.require(request.AssetId), plane) };
  },

  DescribeAssets(request, { plane }) {
    const all = plane.assets
      .list()
      .filter((a) => a.region === request.AssetRegion || request.AssetRegion === "")
      .filter((a) => !request.Filter || a.assetId === request.Filter || a.assetName.includes(request.Filter))
      .filter((a) => matchesFilters(request.Filters, { name: a.assetName, id: a.assetId, tags: a.tags }));
    return { TotalCount: all.length, Assets: offsetPage(all, request.Offset, request.Limit).map((a) => toCloudAsset(a, plane)) };
  },

  UpdateAsset(request, { plane }) {
    plane.assets.update(plane.assets.require(request.AssetId), request.AssetName, request.AssetVersion);
    return {};
  },

  DeleteAsset(request, { plane }) {
    plane.assets.delete(plane.assets.require(request.AssetId));
    return {};
  },

  DescribeAssetSystems(request) {
    const systems = [{ ImageId: LOCAL_IMAGE_ID, OsType: "CentOS", OsBit: 64, OsVersion: LOCAL_OPERATING_SYSTEM }];
    return {
      AssetSupportSys: systems.filter((s) => (request.OsType === undefined || s.OsType === request.OsType) && (request.OsBit === undefined || s.OsBit === request.OsBit)),
    };
  },

  /**
   * Locally, "uploading" is copying the zip into the asset directory. The
   * answer says where: BucketName is the directory's absolute path and
   * BucketAuth a `file://` URL of the file to write, so a deployment script
   * that logs these values shows the user what to do.
   */
  GetUploadCredentials(request, context) {
    const path = bucketKeyPath(context, request.BucketKey);
    return { BucketAuth: `file://${path}`, BucketName: context.assetDir, AssetRegion: request.AssetRegion };
  },

  /** No credentials guard a local folder: the token is empty and valid for an hour. */
  GetUploadFederationToken(_request, { plane }) {
    return {
      ExpiredTime: Math.floor(plane.now() / 1000) + 3600,
      AssetCredentials: { TmpSecretId: "gse-local", TmpSecretKey: "gse-local", Token: "" },
    };
  },
};
