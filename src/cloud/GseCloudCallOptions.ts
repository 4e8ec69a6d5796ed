/** Options of every cloud API call. */
export interface GseCloudCallOptions {
  /** Cancels the request (the official client aborts its HTTP request). */
  signal?: AbortSignal;
}
