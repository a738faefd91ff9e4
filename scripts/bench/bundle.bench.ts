/**
 * First-load size of the built app: the JavaScript and CSS that index.html pulls in before any
 * panel is opened (entry script, its static imports, stylesheets), gzipped. Budget ≤ 200 KB.
 * Lazily loaded chunks (panels, KaTeX, transformers.js, vocabularies) are listed apart.
 */
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchRow } from './types.ts';

const BUDGET = 200 * 1024;

export async function run(): Promise<BenchRow[]> {
  // Always measure a fresh build of the current tree.
  execSync('npx vite build', { stdio: 'ignore' });
  const html = readFileSync('dist/index.html', 'utf8');
  const first = new Set<string>();
  for (const m of html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g))
    first.add(m[1]);
  // Follow static imports of the entry chunks (Vite emits modulepreload links for them too).
  const queue = [...first].filter((f) => f.endsWith('.js'));
  while (queue.length) {
    const f = queue.pop()!;
    const src = readFileSync(join('dist', f), 'utf8');
    for (const m of src.matchAll(/\bimport\s*(?:[\w{}*\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g)) {
      const dep = 'assets/' + m[1];
      if (!first.has(dep)) {
        first.add(dep);
        queue.push(dep);
      }
    }
  }
  const gz = (f: string) => gzipSync(readFileSync(join('dist', f)), { level: 9 }).length;
  let js = 0;
  let css = 0;
  for (const f of first) {
    if (f.endsWith('.css')) css += gz(f);
    else js += gz(f);
  }
  const total = js + css;
  const all = readdirSync('dist/assets').filter((f) => f.endsWith('.js'));
  const lazyBytes = all
    .filter((f) => !first.has('assets/' + f))
    .reduce((s, f) => s + statSync(join('dist/assets', f)).size, 0);
  return [
    { group: 'Bundle (first load, gzip)', name: 'JavaScript', value: js / 1024, unit: 'KB' },
    { group: 'Bundle (first load, gzip)', name: 'CSS', value: css / 1024, unit: 'KB' },
    {
      group: 'Bundle (first load, gzip)',
      name: 'JS + CSS',
      value: total / 1024,
      unit: 'KB',
      peer: 'budget 200 KB',
      ratio: BUDGET / total,
      goal: '≤ 200 KB',
      met: total <= BUDGET,
    },
    {
      group: 'Bundle (first load, gzip)',
      name: 'lazy chunks (not in first load, raw)',
      value: lazyBytes / 1024,
      unit: 'KB',
      note: `${all.length - [...first].filter((f) => f.endsWith('.js')).length} chunks`,
    },
  ];
}
