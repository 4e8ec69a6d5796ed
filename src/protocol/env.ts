/** The environment variable that overrides the agent address (host:port). */
export const AGENT_ADDRESS_ENV = "GSE_AGENT_ADDRESS";
/** Where GSE's agent listens on every game server host. */
export const DEFAULT_AGENT_ADDRESS = "127.0.0.1:5758";
/** The slot 0..N-1 of a launched process, stable across its restarts. */
export const FLEET_PROCESS_INDEX_ENV = "GSE_FLEET_PROCESS_INDEX";
/** The SDK's log level when no logger is given. */
export const LOG_LEVEL_ENV = "GSE_LOG_LEVEL";
/** gse-local's cloud API keys when the CLI flags are not given. */
export const LOCAL_SECRET_ID_ENV = "GSE_LOCAL_SECRET_ID";
export const LOCAL_SECRET_KEY_ENV = "GSE_LOCAL_SECRET_KEY";
