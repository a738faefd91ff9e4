/** Number and time formats of the Train lab. */

/** 75 → "1:15", 3725 → "1:02:05". */
export function fmtDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** At most n rows, evenly spread, always keeping the last (charts stay light on long runs). */
export function thin<T>(rows: T[], n: number): T[] {
  if (rows.length <= n) return rows;
  const out: T[] = [];
  for (let i = 0; i < n - 1; i++) out.push(rows[Math.floor((i * rows.length) / (n - 1))]);
  out.push(rows[rows.length - 1]);
  return out;
}
