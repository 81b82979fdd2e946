/** ARM's timestamp format: seven fractional digits and an explicit offset (`2025-06-17T22:51:59.0000000+00:00`). */
export function armTime(d: Date): string {
  return d.toISOString().replace(/\.(\d{3})Z$/, '.$10000+00:00');
}
