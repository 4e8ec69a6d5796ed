/**
 * A caller's value, shortened for an error message. Ids and strings arrive
 * at up to the transport's limit (4 MiB over gRPC); echoed whole, a refusal
 * could outgrow the caller's own receive limit and turn into a transport error.
 */
export function clip(text: string, max = 100): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
}
