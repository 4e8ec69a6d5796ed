import { ControlRefusal } from "../../control/ControlRefusal.js";
import type { TimerSchedule } from "../../control/scaling/nextTimerFire.js";
import { toCloudScalingPolicy, toCloudTimer } from "../../views/controlViews.js";
import { fleetRef, offsetPage, type ControlActionTable } from "./ControlActionContext.js";
import { parseTime } from "./fleetActions.js";

const AUTO_SCALING = "AUTO_SCALING";

export const scalingActions: ControlActionTable<
  | "PutScalingPolicy"
  | "DescribeScalingPolicies"
  | "DeleteScalingPolicy"
  | "StartFleetActions"
  | "StopFleetActions"
  | "PutTimerScalingPolicy"
  | "DescribeTimerScalingPolicies"
  | "DeleteTimerScalingPolicy"
> = {
  PutScalingPolicy(request, context) {
    const fleet = fleetRef(context, request.FleetId);
    const policy = context.plane.scaling.putPolicy(
      {
        fleetId: fleet.fleetId,
        ...(request.Name !== undefined && { name: request.Name }),
        ...(request.PolicyType !== undefined && { policyType: request.PolicyType }),
        ...(request.MetricName !== undefined && { metricName: request.MetricName }),
        ...(request.ComparisonOperator !== undefined && { comparisonOperator: request.ComparisonOperator }),
        ...(request.Threshold !== undefined && { threshold: request.Threshold }),
        ...(request.EvaluationPeriods !== undefined && { evaluationPeriods: request.EvaluationPeriods }),
        ...(request.ScalingAdjustmentType !== undefined && { adjustmentType: request.ScalingAdjustmentType }),
        ...(request.ScalingAdjustment !== undefined && { adjustment: request.ScalingAdjustment }),
        ...(request.TargetConfiguration?.TargetValue !== undefined && { targetValue: request.TargetConfiguration.TargetValue }),
      },
      context.plane.limits.instances,
    );
    return { Name: policy.name };
  },

  DescribeScalingPolicies(request, context) {
    const { plane } = context;
    const all = request.FleetId !== undefined ? plane.scaling.policiesOf(fleetRef(context, request.FleetId).fleetId) : plane.scaling.allPolicies();
    const filtered = request.StatusFilter === undefined || request.StatusFilter === "ACTIVE" ? all : [];
    return { ScalingPolicies: offsetPage(filtered, request.Offset, request.Limit).map(toCloudScalingPolicy), TotalCount: filtered.length };
  },

  DeleteScalingPolicy(request, context) {
    context.plane.scaling.deletePolicy(fleetRef(context, request.FleetId).fleetId, request.Name);
    return {};
  },

  StartFleetActions(request, context) {
    const fleet = fleetRef(context, request.FleetId);
    const actions: readonly string[] = request.Actions ?? [AUTO_SCALING];
    context.plane.fleets.update(fleet, { stoppedActions: fleet.stoppedActions.filter((a) => !actions.includes(a)) });
    return { FleetId: fleet.fleetId };
  },

  StopFleetActions(request, context) {
    const fleet = fleetRef(context, request.FleetId);
    const actions = request.Actions ?? [AUTO_SCALING];
    context.plane.fleets.update(fleet, { stoppedActions: [...new Set([...fleet.stoppedActions, ...actions])] });
    return { FleetId: fleet.fleetId };
  },

  PutTimerScalingPolicy(request, context) {
    const policy = request.TimerScalingPolicy;
    if (!policy) throw new ControlRefusal("MissingParameter", "TimerScalingPolicy is required", "TimerScalingPolicy");
    const capacity = policy.TimerFleetCapacity;
    if (!capacity?.FleetId) throw new ControlRefusal("MissingParameter", "TimerScalingPolicy.TimerFleetCapacity.FleetId is required", "TimerScalingPolicy.TimerFleetCapacity.FleetId");
    const fleet = fleetRef(context, capacity.FleetId, "TimerScalingPolicy.TimerFleetCapacity.FleetId");
    const config = policy.TimerConfiguration;
    const at = "TimerScalingPolicy.TimerConfiguration";
    if (!config?.BeginTime || !config.EndTime || config.TimerType === undefined) {
      throw new ControlRefusal("MissingParameter", `${at} needs TimerType, BeginTime and EndTime`, at);
    }
    const schedule: TimerSchedule = {
      timerType: config.TimerType as 1 | 2 | 3 | 4,
      beginTime: parseTime(config.BeginTime, `${at}.BeginTime`),
      endTime: parseTime(config.EndTime, `${at}.EndTime`),
      ...(config.TimerValue?.Day !== undefined && { day: config.TimerValue.Day }),
      ...(config.TimerValue?.FromDay !== undefined && { fromDay: config.TimerValue.FromDay }),
      ...(config.TimerValue?.ToDay !== undefined && { toDay: config.TimerValue.ToDay }),
      ...(config.TimerValue?.WeekDays !== undefined && { weekDays: config.TimerValue.WeekDays }),
    };
    if (schedule.endTime < schedule.beginTime) {
      throw new ControlRefusal("InvalidParameterValue", `${at}.EndTime is before its BeginTime`, `${at}.EndTime`);
    }
    if (schedule.timerType === 4 && (schedule.weekDays ?? []).length === 0) {
      throw new ControlRefusal("MissingParameter", `${at}.TimerValue.WeekDays is required for a weekly timer (TimerType 4)`, `${at}.TimerValue.WeekDays`);
    }
    context.plane.scaling.putTimer({
      ...(policy.TimerId !== undefined && { timerId: policy.TimerId }),
      timerName: policy.TimerName ?? "timer",
      fleetId: fleet.fleetId,
      schedule,
      capacity: {
        ...(capacity.DesiredInstances !== undefined && { DesiredInstances: capacity.DesiredInstances }),
        ...(capacity.MinSize !== undefined && { MinSize: capacity.MinSize }),
        ...(capacity.MaxSize !== undefined && { MaxSize: capacity.MaxSize }),
        ...(capacity.ScalingInterval !== undefined && { ScalingInterval: capacity.ScalingInterval }),
        ...(capacity.ScalingType !== undefined && { ScalingType: capacity.ScalingType }),
        ...(capacity.TargetConfiguration?.TargetValue !== undefined && { TargetValue: capacity.TargetConfiguration.TargetValue }),
      },
    });
    return {};
  },

  DescribeTimerScalingPolicies(request, context) {
    const { plane } = context;
    const fleetId = request.FleetId !== undefined ? fleetRef(context, request.FleetId).fleetId : undefined;
    const from = request.BeginTime ? parseTime(request.BeginTime, "BeginTime") : undefined;
    const to = request.EndTime ? parseTime(request.EndTime, "EndTime") : undefined;
    const all = plane.scaling
      .timers()
      .filter((t) => (fleetId === undefined || t.fleetId === fleetId) && (request.TimerName === undefined || t.timerName === request.TimerName))
      .filter((t) => (from === undefined || t.schedule.endTime >= from) && (to === undefined || t.schedule.beginTime <= to));
    const now = plane.now();
    return { TimerScalingPolicies: offsetPage(all, request.Offset, request.Limit).map((t) => toCloudTimer(t, now)), TotalCount: all.length };
  },

  DeleteTimerScalingPolicy(request, context) {
    const { plane } = context;
    const fleetId = request.FleetId !== undefined ? fleetRef(context, request.FleetId).fleetId : undefined;
    const matches = plane.scaling
      .timers()
      .filter((t) => (request.TimerId === undefined || t.timerId === request.TimerId) && (request.TimerName === undefined || t.timerName === request.TimerName) && (fleetId === undefined || t.fleetId === fleetId));
    if (request.TimerId === undefined && request.TimerName === undefined) {
      throw new ControlRefusal("MissingParameter", "TimerId or TimerName is required", "TimerId");
    }
    if (matches.length === 0) throw new ControlRefusal("ResourceNotFound", "no timer matches TimerId/TimerName/FleetId", request.TimerId !== undefined ? "TimerId" : "TimerName");
    for (const t of matches) plane.scaling.deleteTimer(t);
    return {};
  },
};
