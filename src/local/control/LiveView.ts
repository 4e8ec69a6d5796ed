/**
 * What the control plane reads of the core's own domains (processes and
 * sessions) to count capacity, utilisation and free processes. The core
 * provides it; the control plane never writes these tables.
 */
export interface LiveProcess {
  readonly pid: number;
  readonly status: string;
  readonly clientPort: number;
  readonly gameServerSessionId: string | undefined;
  readonly currentCustomCount: number;
  readonly maxCustomCount: number;
}

export interface LiveSession {
  readonly status: string;
  readonly fleetId: string;
  readonly protectionPolicy: "NoProtection" | "TimeLimitProtection" | "FullProtection";
  readonly creationTime: number;
  readonly maximumPlayerSessionCount: number;
}

export interface LiveView {
  processes(): Iterable<LiveProcess>;
  process(pid: number): LiveProcess | undefined;
  session(gameServerSessionId: string): LiveSession | undefined;
  /** RESERVED and ACTIVE player sessions of the session. */
  openPlayers(gameServerSessionId: string): number;
}
