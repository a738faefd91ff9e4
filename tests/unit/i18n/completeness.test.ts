/**
 * Both languages must be complete: every key in English exists in Chinese and the other way
 * round, for the shell and for every panel, and no text is empty.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Tree = { [k: string]: string | Tree };

function keys(t: Tree, prefix = ''): string[] {
  return Object.entries(t).flatMap(([k, v]) =>
    typeof v === 'string' ? [prefix + k] : keys(v, prefix + k + '.'),
  );
}
function emptyKeys(t: Tree, prefix = ''): string[] {
  return Object.entries(t).flatMap(([k, v]) =>
    typeof v === 'string' ? (v.trim() === '' ? [prefix + k] : []) : emptyKeys(v, prefix + k + '.'),
  );
}
const load = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as Tree;

const pairs: [string, string, string][] = [['shell', 'src/i18n/en.json', 'src/i18n/zh-CN.json']];
for (const root of ['src/panels', 'src/ui']) {
  for (const dir of readdirSync(root, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    const loc = join(root, dir.name, 'locales');
    if (existsSync(loc)) pairs.push([dir.name, join(loc, 'en.json'), join(loc, 'zh-CN.json')]);
  }
}

describe('translations', () => {
  it.each(pairs)(
    '%s: English and Chinese have the same keys, none empty',
    (_name, enPath, zhPath) => {
      const en = load(enPath);
      const zh = load(zhPath);
      const ek = new Set(keys(en));
      const zk = new Set(keys(zh));
      expect(
        [...ek].filter((k) => !zk.has(k)),
        'missing in Chinese',
      ).toEqual([]);
      expect(
        [...zk].filter((k) => !ek.has(k)),
        'missing in English',
      ).toEqual([]);
      expect(emptyKeys(en).concat(emptyKeys(zh)), 'empty texts').toEqual([]);
      expect(ek.size).toBeGreaterThan(0);
    },
  );

  it('every panel in the registry has a title and summary in both languages', async () => {
    const src = readFileSync('src/panels/registry.ts', 'utf8');
    const metas = [...src.matchAll(/from '\.\/([\w-]+)\/meta\.ts'/g)].map((m) => m[1]);
    for (const folder of metas) {
      const mod = await import(`../../../src/panels/${folder}/meta.ts`);
      const meta = mod.default ?? mod.meta;
      for (const lang of ['en', 'zh-CN']) {
        expect(meta.texts[lang].title, `${folder} ${lang} title`).toMatch(/\S/);
        expect(meta.texts[lang].summary, `${folder} ${lang} summary`).toMatch(/\S/);
      }
    }
  });
});

describe('translation keys used in code exist', () => {
  // Literal t('a.b') calls in the shell and shared UI use the shell namespace.
  const files = [
    'src/App.tsx',
    ...readdirSync('src/app').map((f) => 'src/app/' + f),
    ...readdirSync('src/ui').map((f) => 'src/ui/' + f),
  ];
  const en = new Set(keys(load('src/i18n/en.json')));
  it.each(files.filter((f) => f.endsWith('.tsx')))('%s', (file) => {
    const src = readFileSync(file, 'utf8');
    const used = [...src.matchAll(/\bt\(\s*'([\w.]+)'/g)].map((m) => m[1]);
    expect(used.filter((k) => !en.has(k))).toEqual([]);
  });
});

describe('schema labels exist in both languages', () => {
  // A slider's label is its schema field's `label`, 'namespace:key' (the panel's locales).
  const src = readFileSync('src/panels/registry.ts', 'utf8');
  const folders = [...src.matchAll(/from '\.\/([\w-]+)\/meta\.ts'/g)].map((m) => m[1]);
  it.each(folders)('%s', async (folder) => {
    const meta = (await import(`../../../src/panels/${folder}/meta.ts`)).default;
    const fields = Object.entries(meta.schema as Record<string, { label?: string }>);
    const labelled = fields.filter(([, f]) => f.label);
    for (const [name, f] of labelled) {
      const [ns, key] = f.label!.split(':');
      expect(ns, `${name}: the label names the panel's namespace`).toBe(meta.id);
      for (const lang of ['en', 'zh-CN']) {
        const have = new Set(keys(load(`src/panels/${folder}/locales/${lang}.json`)));
        expect(have.has(key), `${name}: ${f.label} in ${lang}`).toBe(true);
      }
    }
  });

  it('most sliders take their label from the schema', async () => {
    let labelled = 0;
    for (const folder of folders) {
      const meta = (await import(`../../../src/panels/${folder}/meta.ts`)).default;
      labelled += Object.values(meta.schema as Record<string, { label?: string }>).filter(
        (f) => f.label,
      ).length;
    }
    expect(labelled).toBeGreaterThanOrEqual(40);
  });
});
