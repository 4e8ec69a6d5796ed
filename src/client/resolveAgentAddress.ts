import { AGENT_ADDRESS_ENV, DEFAULT_AGENT_ADDRESS } from "../protocol/env.js";

export { AGENT_ADDRESS_ENV, DEFAULT_AGENT_ADDRESS };

/** The option, else $GSE_AGENT_ADDRESS, else 127.0.0.1:5758. */
export function resolveAgentAddress(option?: string, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env[AGENT_ADDRESS_ENV];
  if (option !== undefined && option !== "") return option;
  if (fromEnv !== undefined && fromEnv !== "") return fromEnv;
  return DEFAULT_AGENT_ADDRESS;
}
