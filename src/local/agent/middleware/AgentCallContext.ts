/** What the metadata middleware adds to every agent call's context. */
export interface AgentCallContext {
  /** The method, as named in the generated definition (`ProcessReady`). */
  method: string;
  /** The caller's process id, from metadata `pid`. */
  pid: number;
  /** From metadata `requestid`. */
  requestId: string;
}

/** The single answer of a unary call further down the chain. */
export async function unaryAnswer<Response>(next: AsyncGenerator<unknown, Response | void, undefined>): Promise<Response> {
  let step = await next.next();
  while (!step.done) step = await next.next();
  return step.value as Response;
}
