/**
 * `npm run bench`: runs every scripts/bench/*.bench.ts (or those named on the command line,
 * e.g. `npm run bench -- bpe rope`) one after another and prints one table of figures, the
 * peers they are compared with, the ratios and the goals.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchRow } from './types.ts';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.includes(f.replace('.bench.ts', '')))
  .sort();

const rows: BenchRow[] = [];
for (const f of files) {
  process.stderr.write(`running ${f}…\n`);
  const mod = (await import(pathToFileURL(join(here, f)).href)) as {
    run: () => Promise<BenchRow[]>;
  };
  try {
    rows.push(...(await mod.run()));
  } catch (e) {
    rows.push({ group: f, name: 'FAILED', value: NaN, unit: '', note: (e as Error).message });
  }
}

const fmt = (v: number) =>
  !Number.isFinite(v)
    ? '—'
    : Math.abs(v) >= 100
      ? v.toFixed(0)
      : Math.abs(v) >= 1
        ? v.toFixed(2)
        : v.toPrecision(3);
const table = rows.map((r) => ({
  group: r.group,
  measure: r.name,
  value: `${fmt(r.value)} ${r.unit}`,
  peer: r.peer ?? '',
  ratio: r.ratio === undefined ? '' : `${fmt(r.ratio)}×`,
  goal: r.goal ? `${r.goal} ${r.met === undefined ? '' : r.met ? '✓' : '✗'}` : '',
  note: r.note ?? '',
}));
const cols = ['group', 'measure', 'value', 'peer', 'ratio', 'goal', 'note'] as const;
const widths = cols.map((c) => table.reduce((w, r) => Math.max(w, [...r[c]].length), c.length));
const line = (cells: string[]) =>
  cells.map((c, i) => c + ' '.repeat(Math.max(0, widths[i] - [...c].length))).join(' │ ');
console.log(line([...cols]));
console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
for (const r of table) console.log(line(cols.map((c) => r[c])));
console.log(
  `\nmachine: ${process.platform} ${process.arch}, node ${process.version}, ${(await import('node:os')).cpus().length} cores`,
);
