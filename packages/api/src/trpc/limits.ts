/** Caps on what one request may carry; anything larger is refused before it reaches a procedure. */
export const API_LIMITS = {
  /** Calls in one batched HTTP request (the client link uses the same number). */
  maxBatchSize: 10,
  /** Bytes of a POST body. */
  maxBodyBytes: 64 * 1024,
  /** Characters of a URL (GET queries carry their input in it). */
  maxUrlLength: 8 * 1024,
  /** Characters of one saved quiz response, as JSON. */
  maxResponseJson: 8 * 1024,
} as const;
