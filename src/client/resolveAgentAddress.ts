/** The environment variable that overrides the agent address (host:port). */
export const AGENT_ADDRESS_ENV = "GSE_AGENT_ADDRESS";

/** Where GSE's agent listens on every game server host. */
export const DEFAULT_AGENT_ADDRESS = "127.0.0.1:5758";

/** The option, else $GSE_AGENT_ADDRESS, else 127.0.0.1:5758. */
export function resolveAgentAddress(option?: string, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env[AGENT_ADDRESS_ENV];
  if (option !== undefined && option !== "") return option;
  if (fromEnv !== undefined && fromEnv !== "") return fromEnv;
  return DEFAULT_AGENT_ADDRESS;
}
