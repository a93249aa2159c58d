/**
 * A value more than one whole from–to span beyond either end is likely a slip (a separator read
 * the wrong way, a unit off by 100), so the check-in asks before saving it. Without a baseline the
 * target alone is the yardstick: ten times its size, or a sign it does not have.
 */
export function isFarFromSpan(
  value: number,
  from: number | undefined,
  to: number | undefined,
): boolean {
  if (to === undefined) return false;
  if (from === undefined || from === to) {
    const size = Math.max(Math.abs(to), 1);
    return Math.abs(value) > 10 * size || (to > 0 && value < -size) || (to < 0 && value > size);
  }
  const span = Math.abs(to - from);
  return value < Math.min(from, to) - span || value > Math.max(from, to) + span;
}
