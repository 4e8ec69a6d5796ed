/** Memory of an idle process: after a settle period and a full collection (workers run with --expose-gc). */
export async function idleMemory({ settleMs }: { settleMs: number }) {
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((resolve) => setTimeout(resolve, 50));
  const { rss, heapUsed, external } = process.memoryUsage();
  return { rss, heapUsed, external };
}
