/** api.json's TimerConfiguration, parsed: times in epoch ms. */
export interface TimerSchedule {
  /** 1 once, 2 every `day` days, 3 monthly from `fromDay` to `toDay`, 4 weekly on `weekDays` (1 Monday .. 7 Sunday). */
  readonly timerType: 1 | 2 | 3 | 4;
  readonly beginTime: number;
  readonly endTime: number;
  readonly day?: number;
  readonly fromDay?: number;
  readonly toDay?: number;
  readonly weekDays?: readonly number[];
}

const DAY_MS = 86_400_000;
/** A schedule is searched at most this far ahead: a timer that never fires in it is reported as never firing. */
const HORIZON_DAYS = 800;

/**
 * The first time after `afterMs` (exclusive) at which the timer applies its
 * capacity, or undefined if it never does again. A timer fires at its
 * BeginTime's time of day (UTC) on each day its repeat rule selects, never
 * before BeginTime nor after EndTime; api.json leaves the exact rule
 * unwritten, this is GSE's console behaviour as documented in its guide.
 */
export function nextTimerFire(schedule: TimerSchedule, afterMs: number): number | undefined {
  const { beginTime, endTime } = schedule;
  if (schedule.timerType === 1) return beginTime > afterMs && beginTime <= endTime ? beginTime : undefined;
  const timeOfDay = ((beginTime % DAY_MS) + DAY_MS) % DAY_MS;
  const firstDay = Math.floor(beginTime / DAY_MS);
  const startDay = Math.max(firstDay, Math.floor(afterMs / DAY_MS));
  for (let d = startDay; d < startDay + HORIZON_DAYS; d++) {
    const at = d * DAY_MS + timeOfDay;
    if (at > endTime) return undefined;
    if (at <= afterMs || at < beginTime) continue;
    if (selects(schedule, d, firstDay)) return at;
  }
  return undefined;
}

/** TimerStatus as api.json numbers it: 1 not yet in effect, 2 in effect, 4 expired. */
export function timerStatus(schedule: TimerSchedule, now: number): 1 | 2 | 4 {
  if (now < schedule.beginTime) return 1;
  if (now > schedule.endTime) return 4;
  return 2;
}

function selects(schedule: TimerSchedule, day: number, firstDay: number): boolean {
  const date = new Date(day * DAY_MS);
  switch (schedule.timerType) {
    case 2: {
      const every = Math.max(1, schedule.day ?? 1);
      return (day - firstDay) % every === 0;
    }
    case 3: {
      const dom = date.getUTCDate();
      return dom >= (schedule.fromDay ?? 1) && dom <= (schedule.toDay ?? 31);
    }
    case 4: {
      const iso = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
      return (schedule.weekDays ?? []).includes(iso);
    }
    default:
      return false;
  }
}
