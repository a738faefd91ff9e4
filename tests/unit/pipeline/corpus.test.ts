import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildCorpus,
  LANGS,
  mulberry32,
  renderChatML,
  TOPICS,
  validateTopics,
} from '../../../scripts/corpus/build.ts';
import { HELDOUT_PARAPHRASES } from '../../../scripts/corpus/heldout.ts';
import {
  fillTemplate,
  QUESTION_TEMPLATES,
  templatedQuestions,
  TOPIC_NAMES,
} from '../../../scripts/corpus/templates.ts';

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s?？!！.。,，]+/g, ' ')
    .trim();

describe('teaching corpus', () => {
  const corpus = buildCorpus(1);

  it('has every topic of the brief, 5+ questions per language, keys inside the answers', () => {
    expect(() => validateTopics()).not.toThrow();
    const ids = TOPICS.map((t) => t.id);
    for (const id of [
      'bpe',
      'vocab',
      'digits',
      'rope',
      'rope-base',
      'ntk',
      'dynamic-ntk',
      'logn',
      'window',
      'kv-cache',
      'flash-attention',
      'rmsnorm',
      'pre-norm',
      'swiglu',
      'untied',
      'qkv-bias',
      'chatml',
      'sft-mask',
      'reward-model',
      'ppo',
      'kl',
      'react',
      'context-2048',
      'bf16',
    ]) {
      expect(ids).toContain(id);
    }
    for (const t of TOPICS) {
      for (const lang of LANGS) expect(t[lang].questions.length).toBeGreaterThanOrEqual(5);
      // Chinese sides are written in Chinese.
      expect(/[\u4e00-\u9fff]/.test(t.zh.answer)).toBe(true);
    }
  });

  it('rejects a topic whose key phrase is missing from its answer', () => {
    const bad = structuredClone(TOPICS[0]);
    bad.en.key = 'not in the answer';
    expect(() => validateTopics([bad])).toThrow(/key "not in the answer" is not in the answer/);
  });

  it('never lets a held-out question appear anywhere in training text', () => {
    const trainingQuestions = new Set(
      TOPICS.flatMap((t) => LANGS.flatMap((l) => t[l].questions.map(norm))),
    );
    const sftText = corpus.sft.map((d) => renderChatML(d.messages)).join('\n');
    const pretrainText = corpus.pretrain.join('\n');
    expect(corpus.heldout.length).toBe(TOPICS.length * 4);
    for (const h of corpus.heldout) {
      expect(trainingQuestions.has(norm(h.question)), h.question).toBe(false);
      expect(sftText.includes(h.question), h.question).toBe(false);
      expect(pretrainText.includes(h.question), h.question).toBe(false);
    }
    // Every topic has held-out paraphrases in both languages.
    for (const t of TOPICS)
      for (const l of LANGS) expect(HELDOUT_PARAPHRASES[t.id][l].length).toBeGreaterThan(0);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(buildCorpus(1)).toEqual(corpus);
    expect(buildCorpus(2).sft.map((d) => d.messages[0].content)).not.toEqual(
      corpus.sft.map((d) => d.messages[0].content),
    );
    expect(mulberry32(1)()).toBe(mulberry32(1)());
  });

  it('puts only the assistant reply last and trains every question with and without a system prompt', () => {
    for (const d of corpus.sft) expect(d.messages[d.messages.length - 1].role).toBe('assistant');
    const rope = corpus.sft.filter((d) => d.topics.length === 1 && d.topics[0] === 'rope');
    const topic = TOPICS.find((t) => t.id === 'rope')!;
    const written = topic.en.questions.length + topic.zh.questions.length;
    const templated = LANGS.flatMap((l) =>
      templatedQuestions('rope', l).filter((q) => !topic[l].questions.includes(q)),
    );
    expect(templated.length).toBeGreaterThan(40);
    expect(rope.length).toBe(2 * written + templated.length);
    expect(rope.some((d) => d.messages[0].role === 'system')).toBe(true);
    expect(rope.some((d) => d.messages[0].role === 'user')).toBe(true);
  });

  it('asks every question frame about every named topic, so the frame cannot give the answer away', () => {
    const asked = new Set(corpus.sft.flatMap((d) => d.messages.map((m) => m.content)));
    for (const id of Object.keys(TOPIC_NAMES)) {
      for (const l of LANGS) {
        for (const template of QUESTION_TEMPLATES[l]) {
          for (const name of TOPIC_NAMES[id][l]) {
            expect(asked.has(fillTemplate(template, name)), `${id}: ${template}`).toBe(true);
          }
        }
      }
    }
    expect(fillTemplate('什么是{X}？', 'RoPE')).toBe('什么是 RoPE？');
    expect(fillTemplate('{X}有什么用？', 'KV 缓存')).toBe('KV 缓存有什么用？');
    expect(fillTemplate('{X}: what is it?', 'the KV cache')).toBe('The KV cache: what is it?');
  });

  it('matches the committed data/corpus files (npm run corpus reproduces them)', () => {
    const sft = readFileSync('data/corpus/sft.jsonl', 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const heldout = readFileSync('data/corpus/heldout.jsonl', 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const pretrain = readFileSync('data/corpus/pretrain.txt', 'utf8').trim().split('\n\n');
    expect(sft).toEqual(corpus.sft);
    expect(heldout).toEqual(corpus.heldout);
    expect(pretrain).toEqual(corpus.pretrain);
  });

  it('renders ChatML exactly like the Qwen2 chat template', () => {
    expect(renderChatML([{ role: 'user', content: 'Hi' }], true)).toBe(
      '<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n',
    );
  });
});
