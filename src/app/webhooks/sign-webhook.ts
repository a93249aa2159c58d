import { createHmac } from "node:crypto";

/**
 * Signs `timestamp.body` with HMAC-SHA256, so a receiver can check both origin and freshness
 * (the scheme Stripe and GitHub popularised).
 */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}
