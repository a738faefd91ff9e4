/**
 * The Train lab's run (src/train/labRun.ts, labData.ts, presets.ts) in Node: the 1-minute
 * preset's first steps lower the loss, a saved run restored continues with bit-identical
 * weights, the data honours the picked themes and languages, and SFT windows carry loss only
 * on assistant tokens.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BpeTokenizer, loadHfTokenizerJson } from '../../../src/kernels/bpe/index.ts';
import { TINY_MODEL_PATH } from '../../../src/runtime/tinyModel.ts';
import { buildCorpus, TOPIC_GROUPS } from '../../../src/corpus/build.ts';
import { dialogueLang, selectDialogues, selected } from '../../../src/train/labData.ts';
import { hashFloats, TrainRun, type TrainSetup } from '../../../src/train/labRun.ts';
import { fitsDevice, PRESETS, trainBytes } from '../../../src/train/presets.ts';
import { tinyConfig } from '../../../src/model/tiny.ts';
import { computeGradients } from '../../../src/model/train.ts';
import { StepBatch } from '../../../src/train/data.ts';

const vocab = loadHfTokenizerJson(
  JSON.parse(readFileSync(`public/${TINY_MODEL_PATH}/tokenizer.json`, 'utf8')),
);
const tok = new BpeTokenizer(vocab);
const id = (t: string) => tok.encode(t, { allowedSpecial: 'all' })[0];
const sp = { endOfText: id('<|endoftext|>'), imStart: id('<|im_start|>'), imEnd: id('<|im_end|>') };
const setup: TrainSetup = { preset: '1min', groups: ['architecture'], langs: ['en'], seed: 1 };

describe('Train lab run', () => {
  it('lowers the loss over the 1-minute preset’s first steps (pretraining)', () => {
    const run = TrainRun.create(setup, tok, sp, vocab.size);
    const losses = Array.from({ length: 14 }, () => run.step().loss);
    // a uniform guess over 3,003 tokens is ln 3003 ≈ 8.0
    expect(losses[0]).toBeGreaterThan(7.5);
    // the learning rate warms up over 10 steps; by step 14 the loss is clearly lower
    expect(losses[13]).toBeLessThan(losses[0] - 0.8);
    expect(run.phase).toBe('pretrain');
  }, 120_000);

  it('continues a restored run with bit-identical weights, curves and step', () => {
    const a = TrainRun.create(setup, tok, sp, vocab.size);
    for (let i = 0; i < 3; i++) a.step();
    const saved = structuredClone(a.snapshot());
    const b = TrainRun.create(setup, tok, sp, vocab.size, saved);
    expect(b.stepsDone).toBe(3);
    expect(b.weightsHash()).toBe(a.weightsHash());
    const la = a.step().loss;
    const lb = b.step().loss;
    expect(lb).toBe(la);
    expect(b.weightsHash()).toBe(a.weightsHash());
    expect(b.trainer.params).toEqual(a.trainer.params);
    expect(b.curves.curve.map((p) => p.loss)).toEqual(a.curves.curve.map((p) => p.loss));
  }, 120_000);

  it('isolates each packed SFT dialogue in its window, as npm run train does', () => {
    const preset = PRESETS[setup.preset];
    const saved = structuredClone(TrainRun.create(setup, tok, sp, vocab.size).snapshot());
    const check = TrainRun.create(setup, tok, sp, vocab.size, saved);
    // the first SFT batch with a window that packs two dialogues
    const packsTwo = (k: number) => check.data.sft.batchAt(k).some((w) => w.starts?.includes(1));
    const k = Array.from({ length: 50 }, (_, i) => i).find(packsTwo)!;
    expect(k).toBeDefined();
    const windows = check.data.sft.batchAt(k);
    saved.step = preset.pretrainSteps + k;
    const run = TrainRun.create(setup, tok, sp, vocab.size, saved);
    expect(run.phase).toBe('sft');
    const batch = new StepBatch(preset.batch, preset.sizes.context);
    const isolated = computeGradients(check.trainer, batch.fill(windows, true)).loss;
    const mixed = computeGradients(check.trainer, batch.fill(windows, false)).loss;
    expect(run.step().loss).toBe(isolated);
    expect(Math.abs(isolated - mixed)).toBeGreaterThan(1e-4);
  }, 120_000);

  it('refuses a saved state of another model size with a clear message', () => {
    const a = TrainRun.create(setup, tok, sp, vocab.size);
    const s = a.snapshot();
    s.params = s.params.subarray(0, 10);
    expect(() => TrainRun.create(setup, tok, sp, vocab.size, s)).toThrow(/does not match/);
  }, 120_000);

  it('hashes equal weights equally and different weights differently', () => {
    const x = new Float32Array([1, 2, 3]);
    expect(hashFloats(x)).toBe(hashFloats(x.slice()));
    expect(hashFloats(x)).not.toBe(hashFloats(new Float32Array([1, 2, 3.0000002])));
    expect(hashFloats(x)).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe('Train lab data', () => {
  const corpus = buildCorpus(1);
  const arch = new Set(TOPIC_GROUPS.find((g) => g.id === 'architecture')!.topics.map((t) => t.id));

  it('keeps only dialogues about picked topics, in picked languages', () => {
    const en = corpus.sft.filter((d) => selected(d, arch, ['en']));
    expect(en.length).toBeGreaterThan(100);
    for (const d of en) {
      expect(dialogueLang(d)).toBe('en');
      for (const t of d.topics) expect(t.startsWith('scope:') || arch.has(t)).toBe(true);
    }
    const zh = corpus.sft.filter((d) => selected(d, arch, ['zh']));
    expect(zh.length).toBeGreaterThan(100);
    for (const d of zh) expect(dialogueLang(d)).toBe('zh');
  });

  it('keeps greetings and off-topic replies at their share of the whole corpus', () => {
    const isScope = (d: (typeof corpus.sft)[number]) =>
      d.topics.every((t) => t.startsWith('scope:'));
    const share = (ds: typeof corpus.sft) => ds.filter(isScope).length / ds.length;
    const whole = share(corpus.sft);
    expect(whole).toBeGreaterThan(0.05);
    const picked = selectDialogues(corpus.sft, arch, ['en', 'zh']);
    // every selected scope dialogue would be over half of this theme's data; the share is kept
    expect(corpus.sft.filter((d) => selected(d, arch, ['en', 'zh']) && isScope(d)).length).toBe(
      corpus.sft.filter(isScope).length,
    );
    expect(share(picked)).toBeCloseTo(whole, 2);
    // both languages keep scope dialogues, and every topical dialogue of the theme stays
    const scopeLangs = new Set(picked.filter(isScope).map(dialogueLang));
    expect(scopeLangs.has('en') && scopeLangs.has('zh')).toBe(true);
    expect(picked.filter((d) => !isScope(d)).length).toBe(
      corpus.sft.filter((d) => !isScope(d) && selected(d, arch, ['en', 'zh'])).length,
    );
    // all themes: the whole corpus
    const all = new Set(TOPIC_GROUPS.flatMap((g) => g.topics.map((t) => t.id)));
    expect(selectDialogues(corpus.sft, all, ['en', 'zh']).length).toBe(corpus.sft.length);
  });

  it('puts the SFT loss on assistant tokens only (report §3.1)', () => {
    const run = TrainRun.create(setup, tok, sp, vocab.size);
    const [w] = run.data.sft.batchAt(0);
    const T = PRESETS['1min'].sizes.context;
    const target = Array.from(w.ids.subarray(1, T + 1));
    const marked = target.filter((_, t) => w.mask[t] === 1);
    expect(marked.length).toBeGreaterThan(0);
    // every <|im_end|> that carries loss closes an assistant turn; user text never carries loss
    const text = tok.decode(Array.from(w.ids));
    expect(text).toContain('<|im_start|>assistant');
    let role = '';
    for (let t = 0; t < T; t++) {
      if (w.ids[t] === sp.imStart) role = tok.decode([w.ids[t + 1]]);
      if (w.mask[t] === 1) expect(role.startsWith('assistant')).toBe(true);
    }
    expect(run.data.probes.length).toBeGreaterThan(0);
    for (const p of run.data.probes) expect(arch.has(p.topic!)).toBe(true);
  }, 120_000);
});

describe('Train lab presets', () => {
  it('estimates memory and refuses a preset too big for a small device', () => {
    const p = PRESETS['20min'];
    const bytes = trainBytes(tinyConfig(p.sizes, vocab.size, 0), p.batch, p.sizes.context);
    expect(bytes).toBeGreaterThan(50 * 2 ** 20);
    expect(bytes).toBeLessThan(1024 * 2 ** 20);
    expect(fitsDevice(bytes, 8)).toBe(true);
    expect(fitsDevice(bytes, 0.25)).toBe(false);
    expect(fitsDevice(bytes, undefined)).toBe(true);
  });
});
