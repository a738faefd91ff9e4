/**
 * The long-context ablation: which options each row uses (Qwen's α staircase and the NTK base
 * from the Qwen report and Hugging Face Qwen2 code, LogN only past L, windows only when shorter than the sequence), the
 * window codec and masks, the evaluation stream, and `npm run ablation` on a short setting
 * with a small random model written to a temp folder: plain RoPE at 1× equals the model's
 * evaluation loss (evaluateLoss) and a cross-entropy computed here from forward logits.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  REPORT_TABLE3,
  EVALUATION_TEXTS,
  ablationOptions,
  dialogueDocuments,
  evaluationStream,
  formatWindows,
  parseWindows,
  runAblation,
  splitDocuments,
  windowMask,
  windowMaskGrid,
} from '../../../src/kernels/labdata/ablation.ts';
import { exportTokenizerJson, trainBpe } from '../../../src/kernels/bpe/index.ts';
import type { QwenConfig } from '../../../src/model/config.ts';
import { evaluateLoss } from '../../../src/model/evaluate.ts';
import { forward } from '../../../src/model/forward.ts';
import { initModel } from '../../../src/model/init.ts';
import { writeHfFolder } from '../../../scripts/export/hf.ts';
import {
  defaultWindows,
  formatTable,
  loadModelFolder,
  runAblationFromFiles,
} from '../../../scripts/ablation/main.ts';

const M = { trainLength: 256, headDim: 32, base: 10000, windows: [256, 256, 512, 1024] };

describe('ablation rows', () => {
  it('plain RoPE never changes anything', () => {
    expect(ablationOptions('plain', 2048, M)).toEqual({});
  });
  it('dynamic NTK: α = 1 up to L, then 3, 7, 15 (base · α^(d/(d−2)))', () => {
    expect(ablationOptions('ntk', 256, M)).toEqual({});
    const bases = [512, 1024, 2048].map((n) => ablationOptions('ntk', n, M).ropeBase!);
    [3, 7, 15].forEach((a, i) => expect(bases[i]).toBeCloseTo(10000 * a ** (32 / 30), 6));
    // the Qwen report and Hugging Face Qwen2 code: α = 3, base 10000, d = 128 → ≈ 30527.7
    const q = ablationOptions('ntk', 4096, { ...M, trainLength: 2048, headDim: 128 });
    expect(q.ropeBase!).toBeCloseTo(30527.7, 0);
  });
  it('LogN only past L; windows only when some window is shorter than the sequence', () => {
    expect(ablationOptions('ntk-logn', 256, M)).toEqual({});
    expect(ablationOptions('ntk-logn', 512, M).lognTrainLength).toBe(256);
    expect(ablationOptions('ntk-logn-window', 256, M)).toEqual({});
    expect(ablationOptions('ntk-logn-window', 512, M).windows).toEqual([256, 256, 512, 1024]);
  });
  it('the report’s table is there, labelled with its lengths', () => {
    expect(REPORT_TABLE3.rows.plain[2]).toBe(39.35);
    expect(REPORT_TABLE3.rows['ntk-logn-window'][4]).toBe(4.32);
    expect(REPORT_TABLE3.lengths).toEqual([1024, 2048, 4096, 8192, 16384]);
  });
});

describe('windows', () => {
  it('parse and format round-trip; short lists repeat the last entry', () => {
    expect(parseWindows('256,256,512,inf', 4)).toEqual([256, 256, 512, Infinity]);
    expect(parseWindows('64 128', 4)).toEqual([64, 128, 128, 128]);
    expect(formatWindows([256, Infinity])).toBe('256,inf');
    expect(parseWindows(formatWindows([3, 9, Infinity]), 3)).toEqual([3, 9, Infinity]);
    expect(() => parseWindows('0', 2)).toThrow(/whole number/);
    expect(() => parseWindows('abc', 2)).toThrow(/whole number/);
    expect(() => parseWindows('', 2)).toThrow(/at least one/);
  });
  it('masks: the doc example, and every row sees exactly min(window, p+1) keys ending at p', () => {
    expect([...windowMask(3, 0, 2)]).toEqual([1, 0, 0, 1, 1, 0, 0, 1, 1]);
    for (const [T, past, w] of [
      [9, 0, 3],
      [5, 7, 4],
      [6, 0, Infinity],
      [4, 2, 1],
    ]) {
      const S = past + T;
      const m = windowMask(T, past, w);
      for (let t = 0; t < T; t++) {
        const p = past + t;
        for (let s = 0; s < S; s++) expect(m[t * S + s]).toBe(s <= p && p - s < w ? 1 : 0);
      }
    }
  });
  it('the drawing grid: full size equals the mask; shrunk cells hold the visible fraction', () => {
    expect([...windowMaskGrid(4, 2, 4)]).toEqual([...windowMask(4, 0, 2)]);
    const T = 64;
    const w = 5;
    const full = windowMask(T, 0, w);
    const g = windowMaskGrid(T, w, 8);
    for (let r = 0; r < 8; r++) {
      const t = Math.floor(((r + 0.5) * T) / 8);
      for (let c = 0; c < 8; c++) {
        let seen = 0;
        for (let s = c * 8; s < c * 8 + 8; s++) seen += full[t * T + s];
        expect(g[r * 8 + c]).toBeCloseTo(seen / 8, 12);
      }
    }
    expect(() => windowMaskGrid(4, 2, 5)).toThrow(/grid/);
  });
  it('our default: L for the lower half, doubling above', () => {
    expect(defaultWindows(4, 256)).toEqual([256, 256, 512, 1024]);
  });
});

describe('evaluation text', () => {
  it('two texts: the dialogues (default in the lab and the script) and the prose', () => {
    expect([...EVALUATION_TEXTS]).toEqual(['dialogues', 'prose']);
  });
  it('dialogues: one ChatML document per JSON line, in file order; bad lines name their number', () => {
    const jsonl =
      '{"messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello"}]}\n\n' +
      '{"topics":[],"messages":[{"role":"user","content":"你好"}]}\n';
    expect(dialogueDocuments(jsonl)).toEqual([
      '<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\nHello<|im_end|>\n',
      '<|im_start|>user\n你好<|im_end|>\n',
    ]);
    expect(() => dialogueDocuments('{"messages":[]}\n{oops')).toThrow(/line 2/);
    expect(() => dialogueDocuments('{"x":1}')).toThrow(/no messages/);
  });
  it('documents split on blank lines and joined with <|endoftext|>', () => {
    expect(splitDocuments('a b\n\n\nc\n  \nd\n')).toEqual(['a b', 'c', 'd']);
    expect([...evaluationStream([[1, 2], [3]], 0)]).toEqual([1, 2, 0, 3, 0]);
  });
});

describe('runAblation bookkeeping', () => {
  it('scores the same tokens in every column and reuses identical cells', () => {
    const seen: string[] = [];
    const cells = runAblation(
      {
        ...M,
        trainLength: 4,
        windows: [8],
        stream: Array.from({ length: 20 }, (_, i) => i),
        multiples: [1, 2],
        totalTokens: 16,
      },
      (ids, o) => {
        seen.push(`${ids[0]}:${ids.length}:${JSON.stringify(o)}`);
        return { meanLoss: ids.length / 10, predictions: ids.length - 1 };
      },
    );
    expect(cells).toHaveLength(8);
    // 1×: 4 sequences of 4 (once, reused by 3 rows); 2×: plain, ntk, ntk-logn, +window(=ntk-logn)
    expect(cells.filter((c) => !c.reused)).toHaveLength(4);
    expect(seen.filter((s) => s.endsWith(':4:{}'))).toHaveLength(4);
    // 2×: 3 distinct option sets × 2 sequences (starting at tokens 0 and 8)
    expect(seen.filter((s) => s.split(':')[1] === '8')).toHaveLength(6);
    expect(seen.filter((s) => s.startsWith('8:8:'))).toHaveLength(3);
    expect(cells[0].perplexity).toBeCloseTo(Math.exp(0.4), 12);
    expect(() =>
      runAblation(
        { ...M, trainLength: 4, stream: [1, 2, 3], multiples: [1], totalTokens: 8 },
        () => ({
          meanLoss: 0,
          predictions: 1,
        }),
      ),
    ).toThrow(/fewer than/);
  });
});

describe('npm run ablation (short setting, small random model)', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ablation-test-'));
    const text = [
      'RoPE turns pairs of features by an angle that grows with the position.',
      'Dynamic NTK raises the RoPE base when the input is longer than the training context.',
      'LogN scales the query so attention stays as sharp as it was in training.',
      '窗口注意力把每个词元限制在最近的一段窗口内。',
    ].join('\n\n');
    writeFileSync(join(dir, 'text.txt'), text);
    const { vocab } = trainBpe(text, 300, {
      specialTokens: ['<|endoftext|>', '<|im_start|>', '<|im_end|>'],
    });
    const eot = vocab.addedTokens.find((a) => a.text === '<|endoftext|>')!.id;
    const imEnd = vocab.addedTokens.find((a) => a.text === '<|im_end|>')!.id;
    const config: QwenConfig = {
      model_type: 'qwen2',
      vocab_size: vocab.size,
      hidden_size: 32,
      intermediate_size: 64,
      num_hidden_layers: 2,
      num_attention_heads: 4,
      num_key_value_heads: 2,
      rms_norm_eps: 1e-6,
      rope_theta: 10000,
      max_position_embeddings: 16,
      tie_word_embeddings: false,
      bos_token_id: eot,
      eos_token_id: eot,
    };
    const model = initModel(config, 7, 0.3); // larger weights so attention is not uniform
    writeHfFolder(join(dir, 'model'), {
      config,
      weights: model.weights,
      imEndId: imEnd,
      tokenizerJson: exportTokenizerJson(vocab),
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints a table; plain RoPE at 1× is the model’s evaluation loss', () => {
    const r = runAblationFromFiles({
      modelDir: join(dir, 'model'),
      textKind: 'prose',
      textPath: join(dir, 'text.txt'),
      multiples: [1, 2, 4],
      totalTokens: 64,
    });
    expect(r.trainLength).toBe(16);
    expect(r.windows).toEqual([16, 32]);
    expect(r.cells).toHaveLength(12);
    for (const c of r.cells) expect(Number.isFinite(c.perplexity) && c.perplexity > 1).toBe(true);

    const { model, tokenizer, endOfText } = loadModelFolder(join(dir, 'model'));
    const docs = splitDocuments(
      [
        'RoPE turns pairs of features by an angle that grows with the position.',
        'Dynamic NTK raises the RoPE base when the input is longer than the training context.',
        'LogN scales the query so attention stays as sharp as it was in training.',
        '窗口注意力把每个词元限制在最近的一段窗口内。',
      ].join('\n\n'),
    ).map((d) => tokenizer.encode(d, { allowedSpecial: 'all' }));
    const stream = evaluationStream(docs, endOfText);
    // the model's evaluation loss over the four 16-token sequences, and a direct cross-entropy
    let viaEvaluate = 0;
    let direct = 0;
    const V = model.config.vocab_size;
    for (let s = 0; s < 64; s += 16) {
      const ids = stream.slice(s, s + 16);
      viaEvaluate += evaluateLoss(model, ids).meanLoss * 15;
      const logits = forward(model, ids).logits;
      for (let t = 0; t < 15; t++) {
        let m = -Infinity;
        for (let v = 0; v < V; v++) m = Math.max(m, logits[t * V + v]);
        let z = 0;
        for (let v = 0; v < V; v++) z += Math.exp(logits[t * V + v] - m);
        direct += m + Math.log(z) - logits[t * V + ids[t + 1]];
      }
    }
    const plain1 = r.cells.find((c) => c.method === 'plain' && c.multiple === 1)!;
    expect(plain1.meanLoss).toBeCloseTo(viaEvaluate / 60, 6);
    expect(plain1.meanLoss).toBeCloseTo(direct / 60, 4);
    // every row at 1× is plain RoPE (α = 1, no LogN, windows ≥ 16)
    for (const c of r.cells.filter((x) => x.multiple === 1))
      expect(c.meanLoss).toBe(plain1.meanLoss);
    // past L the rows differ
    const at4 = r.cells.filter((c) => c.multiple === 4).map((c) => c.meanLoss);
    expect(new Set(at4).size).toBeGreaterThan(1);
    expect(formatTable(r.cells)).toMatch(/\| plain RoPE \|/);
  });
});
