import { ControlRefusal } from "../ControlRefusal.js";

export interface FleetCapacitySettings {
  readonly desired: number;
  readonly min: number;
  readonly max: number;
}

/**
 * Merges an UpdateFleetCapacity request over the current settings and checks
 * api.json's rules: MinSize 0..limit-1, MaxSize 1..limit, and
 * MinSize <= DesiredInstances <= MaxSize (GameLift's rule, which GSE kept).
 * The refusal names the field the caller sent that breaks the rule.
 */
export function checkCapacity(
  current: FleetCapacitySettings,
  update: { DesiredInstances?: number; MinSize?: number; MaxSize?: number },
  instanceLimit: number,
): FleetCapacitySettings {
  const next = {
    desired: update.DesiredInstances ?? current.desired,
    min: update.MinSize ?? current.min,
    max: update.MaxSize ?? current.max,
  };
  if (next.max < 1 || next.max > instanceLimit) {
    throw new ControlRefusal(
      "InvalidParameterValue",
      `MaxSize ${next.max} is outside 1..${instanceLimit} (the local instance limit, see DescribeInstanceLimit)`,
      "MaxSize",
    );
  }
  if (next.min < 0 || next.min > instanceLimit - 1) {
    throw new ControlRefusal("InvalidParameterValue", `MinSize ${next.min} is outside 0..${instanceLimit - 1}`, "MinSize");
  }
  if (next.min > next.max) {
    const field = update.MinSize !== undefined ? "MinSize" : "MaxSize";
    throw new ControlRefusal("InvalidParameterValue", `MinSize ${next.min} is greater than MaxSize ${next.max}`, field);
  }
  if (next.desired < next.min || next.desired > next.max) {
    const field = update.DesiredInstances !== undefined ? "DesiredInstances" : update.MinSize !== undefined ? "MinSize" : "MaxSize";
    throw new ControlRefusal(
      "InvalidParameterValue",
      `DesiredInstances ${next.desired} must lie within MinSize ${next.min} and MaxSize ${next.max}`,
      field,
    );
  }
  return next;
}

/** A scaling result clamped into the fleet's bounds, as auto-scaling never leaves them. */
export function clampDesired(desired: number, settings: FleetCapacitySettings): number {
  return Math.min(settings.max, Math.max(settings.min, Math.round(desired)));
}
