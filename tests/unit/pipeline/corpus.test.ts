import { mulberry32 } from '../../../src/kernels/reference/random.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildCorpus,
  CORPUS_DEFAULTS,
  LANGS,
  renderChatML,
  TOPICS,
  validateTopics,
} from '../../../src/corpus/build.ts';
import { OFF_TOPIC } from '../../../src/corpus/offtopic.ts';
import { SOCIAL } from '../../../src/corpus/social.ts';
import {
  decorate,
  decorateTurn,
  fillFrame,
  FRAMES,
  OPENERS,
  SOCIAL_WRAPS,
  TAILS,
} from '../../../src/corpus/phrasing.ts';
import { plain, readsAs, typo } from '../../../src/corpus/casual.ts';
import { WRAP_PARTS } from '../../../src/corpus/phrasingParts.ts';
import { bareNames } from '../../../src/corpus/dialogues.ts';
import {
  COMPARE_ASKS,
  FIRST_ASKS,
  FOLLOW_UPS,
  TRANSLATE_ASKS,
} from '../../../src/corpus/turnWordings.ts';
import { SCOPE_KEY, scopeReply } from '../../../src/corpus/scope.ts';
import { FOLLOW_UP_KINDS, type Lang } from '../../../src/corpus/types.ts';
import { LAB_DIALOGUES } from '../../../src/kernels/labdata/ablation.ts';

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s?？!！.。,，]+/g, ' ')
    .trim();

describe('teaching corpus', () => {
  const corpus = buildCorpus(1);
  const userTurns = new Set(
    corpus.sft.flatMap((d) =>
      d.messages.filter((m) => m.role === 'user').map((m) => norm(m.content)),
    ),
  );

  it('covers at least 60 topics of the report and the playground, each complete in both languages', () => {
    expect(() => validateTopics()).not.toThrow();
    expect(TOPICS.length).toBeGreaterThanOrEqual(60);
    const ids = TOPICS.map((t) => t.id);
    for (const id of [
      'bpe',
      'rope',
      'ntk',
      'dynamic-ntk',
      'logn',
      'window',
      'kv-cache',
      'rmsnorm',
      'swiglu',
      'chatml',
      'sft-mask',
      'reward-model',
      'ppo',
      'attention',
      'softmax',
      'gqa',
      'temperature',
      'top-k-top-p',
      'residual-stream',
      'bf16',
      'flash-attention',
      'position-interpolation',
      'yarn',
      'table3',
      'qwen-sizes',
      'dedup',
      'quality-filter',
      'code-qwen',
      'math-qwen',
      'tool-use',
      'lab-rope',
      'lab-chat',
    ]) {
      expect(ids).toContain(id);
    }
    for (const t of TOPICS) {
      expect(/[\u4e00-\u9fff]/.test(t.zh.answer), t.id).toBe(true);
      expect(/[\u4e00-\u9fff]/.test(t.en.answer), t.id).toBe(false);
      for (const l of LANGS) {
        for (const k of FOLLOW_UP_KINDS) {
          // a follow-up reply names its topic, and says something the answer does not
          expect(t[l].followUps[k], `${t.id} ${l} ${k}`).toContain(t[l].names[0]);
          expect(t[l].followUps[k]).not.toBe(t[l].answer);
        }
      }
    }
  });

  it('rejects a topic whose key phrase is missing from its answer', () => {
    const bad = structuredClone(TOPICS[0]);
    bad.en.key = 'not in the answer';
    expect(() => validateTopics([...TOPICS.slice(1), bad])).toThrow(
      /key "not in the answer" is not in the answer/,
    );
  });

  it('keeps the held-out pools apart from the training pools by construction', () => {
    const pools = [
      ...LANGS.flatMap((l) => [
        FRAMES[l],
        OPENERS[l],
        TAILS[l],
        COMPARE_ASKS[l],
        TRANSLATE_ASKS[l],
        FIRST_ASKS[l],
      ]),
      ...FOLLOW_UP_KINDS.flatMap((k) => LANGS.map((l) => FOLLOW_UPS[k][l])),
      ...LANGS.map((l) => OFF_TOPIC[l]),
      ...LANGS.flatMap((l) => Object.values(SOCIAL[l])),
    ];
    for (const p of pools) {
      const train = new Set(p.train.map(norm));
      for (const h of p.heldout) if (h !== '') expect(train.has(norm(h)), h).toBe(false);
    }
  });

  it('wraps training questions in parts that never contain a held-out opener, tail or frame', () => {
    for (const l of LANGS) {
      const heldout = [...OPENERS[l].heldout, ...TAILS[l].heldout, ...FRAMES[l].heldout]
        .flatMap((h) => h.split('{X}'))
        .map(norm)
        .filter((h) => h.length >= 2);
      const { before, after } = SOCIAL_WRAPS[l];
      for (const p of [...Object.values(WRAP_PARTS[l]).flat(), ...before, ...after]) {
        for (const h of heldout) expect(norm(p).includes(h), `${p} / ${h}`).toBe(false);
      }
      // small talk around questions comes from the training prompts, minus held-out look-alikes
      expect(before.length).toBeGreaterThan(40);
      expect(after.length).toBeGreaterThan(40);
      for (const x of [...before, ...after]) {
        expect(
          SOCIAL[l].greeting.train.concat(SOCIAL[l].thanks.train).some((t) => t.startsWith(x)),
          x,
        ).toBe(true);
      }
    }
    expect(SOCIAL_WRAPS.zh.after).not.toContain('多谢');
    expect(SOCIAL_WRAPS.zh.before).not.toContain('打扰一下');
    // training questions with one of many thank-yous after them are answered about their topic
    const answers = new Set(TOPICS.map((t) => t.zh.answer));
    const thanks = new Set(
      corpus.sft
        .filter((d) => d.messages.length <= 3 && answers.has(d.messages.at(-1)!.content))
        .flatMap((d) =>
          SOCIAL_WRAPS.zh.after.filter((x) => d.messages.at(-2)!.content.endsWith(`，${x}`)),
        ),
    );
    expect(thanks.size).toBeGreaterThan(20);
    const rand = mulberry32(5);
    const wrapped = Array.from({ length: 200 }, () => decorate(rand, 'zh', '什么是 RoPE？'));
    expect(wrapped.every((q) => q.includes('RoPE'))).toBe(true);
    expect(new Set(wrapped).size).toBeGreaterThan(100);
    // a follow-up is never wrapped into a held-out wording: "more" + " please" stays "more"
    const turns = Array.from({ length: 200 }, () =>
      decorateTurn(rand, 'en', 'more', ['more please', 'go on']),
    );
    expect(turns.some((t) => t !== 'more')).toBe(true);
    expect(turns.some((t) => norm(t).includes('more please'))).toBe(false);
  });

  it('has 300+ held-out items of every kind, none of whose last question is ever trained on', () => {
    expect(corpus.heldout.length).toBeGreaterThanOrEqual(300);
    for (const kind of ['topic', 'followup', 'scope'] as const) {
      for (const l of LANGS) {
        expect(
          corpus.heldout.filter((h) => h.kind === kind && h.lang === l).length,
        ).toBeGreaterThan(50);
      }
    }
    const sftText = corpus.sft.map((d) => renderChatML(d.messages)).join('\n');
    const written = new Set(TOPICS.flatMap((t) => LANGS.flatMap((l) => t[l].questions.map(norm))));
    for (const h of corpus.heldout) {
      const q = h.messages[h.messages.length - 1].content;
      expect(h.messages[h.messages.length - 1].role).toBe('user');
      expect(written.has(norm(q)), q).toBe(false);
      if (h.kind !== 'followup') {
        expect(userTurns.has(norm(q)), q).toBe(false);
        expect(sftText.includes(`user\n${q}<|im_end|>`), q).toBe(false);
      }
    }
    // a held-out follow-up conversation as a whole never occurs in training
    const trainedConversations = new Set(corpus.sft.map((d) => renderChatML(d.messages)));
    for (const h of corpus.heldout.filter((x) => x.kind === 'followup')) {
      expect([...trainedConversations].some((c) => c.startsWith(renderChatML(h.messages)))).toBe(
        false,
      );
    }
  });

  it('has multi-turn conversations whose follow-ups are answered about the current topic', () => {
    const multi = corpus.sft.filter((d) => d.messages.filter((m) => m.role === 'user').length >= 2);
    expect(multi.length).toBeGreaterThan(1000);
    const six = multi.filter((d) => d.messages.filter((m) => m.role === 'user').length === 6);
    expect(six.length).toBeGreaterThan(100);
    const rope = TOPICS.find((t) => t.id === 'rope')!;
    // somewhere, "give an example"-style wording after the RoPE answer gets RoPE's example
    const found = multi.some((d) =>
      d.messages.some(
        (m, i) =>
          m.content === rope.en.answer &&
          d.messages[i + 1] &&
          FOLLOW_UPS.example.en.train.includes(d.messages[i + 1].content) &&
          d.messages[i + 2]?.content === rope.en.followUps.example,
      ),
    );
    expect(found).toBe(true);
  });

  it('answers greetings and off-topic requests with the scope reply in the user language', () => {
    const scope = corpus.sft.filter((d) => d.topics[0].startsWith('scope:'));
    expect(scope.length).toBeGreaterThan(300);
    for (const d of scope) {
      const user = d.messages.find((m) => m.role === 'user')!.content;
      const reply = d.messages[d.messages.length - 1].content;
      const zh = /[\u4e00-\u9fff]/.test(reply);
      expect(reply).toContain(zh ? SCOPE_KEY.zh : SCOPE_KEY.en);
      // written or composed (offtopicCompose.ts), never a held-out request
      expect(OFF_TOPIC[zh ? 'zh' : 'en'].heldout).not.toContain(user);
      // one fixed pair of suggestions, so the model has one scope reply to learn
      expect(
        reply.endsWith(zh ? '你可以问我 RoPE 或 KV 缓存。' : 'about RoPE or the KV cache.'),
      ).toBe(true);
    }
    const composed = scope.filter((d) => {
      const user = d.messages.find((m) => m.role === 'user')!.content;
      return d.topics[0] === 'scope:offtopic' && !OFF_TOPIC.en.train.includes(user);
    });
    expect(composed.length).toBeGreaterThan(500);
    expect(scopeReply('en', 'offtopic', ['RoPE', 'the KV cache'], { layers: 4, hidden: 128 })).toBe(
      "Sorry, I can't help with that. I am a tiny model that only knows the ideas of the Qwen report. You could ask me about RoPE or the KV cache.",
    );
    expect(scopeReply('zh', 'greeting', ['RoPE', 'KV 缓存'], { layers: 4, hidden: 128 })).toBe(
      '你好！我是一个迷你模型，只懂 Qwen 技术报告里的知识。你可以问我 RoPE 或 KV 缓存。',
    );
  });

  it('composes small talk from parts when a run asks for it, never a held-out prompt', () => {
    const withSocial = buildCorpus(1, { conversations: 0, composedSocial: 100 });
    const scope = withSocial.sft.filter((d) => d.topics[0].startsWith('scope:'));
    const heldoutSocial = new Set(
      LANGS.flatMap((l) => Object.values(SOCIAL[l]).flatMap((k) => k.heldout.map(plain))),
    );
    for (const l of LANGS) {
      for (const kind of ['greeting', 'thanks', 'self', 'bye'] as const) {
        const said = scope
          .filter(
            (d) =>
              d.topics[0] === `scope:${kind}` && d.messages.at(-1)!.content.includes(SCOPE_KEY[l]),
          )
          .map((d) => d.messages.find((m) => m.role === 'user')!.content);
        const composed = said.filter((u) => !SOCIAL[l][kind].train.includes(u));
        expect(composed.length, `${l} ${kind}`).toBeGreaterThan(50);
        for (const u of said) expect(heldoutSocial.has(plain(u)), u).toBe(false);
      }
    }
    // the default corpus (the committed run's) has the written small talk and
    // CORPUS_DEFAULTS.composedSocial composed prompts per kind and language
    expect(corpus.sft.filter((d) => d.topics[0] === 'scope:greeting').length).toBe(
      SOCIAL.en.greeting.train.length +
        SOCIAL.zh.greeting.train.length +
        2 * CORPUS_DEFAULTS.composedSocial,
    );
  });

  it('composes questions from parts, with casual edits', () => {
    expect(fillFrame('什么是{X}？', 'RoPE')).toBe('什么是 RoPE？');
    expect(fillFrame('{X}有什么用？', 'KV 缓存')).toBe('KV 缓存有什么用？');
    expect(typo(() => 0, 'explain rope')).toBe('xeplain rope');
    const en = corpus.sft.flatMap((d) =>
      d.messages.filter((m) => m.role === 'user').map((m) => m.content),
    );
    expect(en.some((q) => q === q.toLowerCase() && /rope/.test(q))).toBe(true);
    expect(en.some((q) => /[\u4e00-\u9fff]/.test(q) && /RoPE|KV/.test(q))).toBe(true);
  });

  it('asks every training question about a topic in the language its answer is in', () => {
    // "kv cache" with no Chinese in it is an English question; answered in Chinese in
    // training, it taught the model to answer a student's English "kv cache" in Chinese
    const answerLang = new Map<string, Lang>();
    for (const t of TOPICS) for (const lang of LANGS) answerLang.set(t[lang].answer, lang);
    let checked = 0;
    for (const d of corpus.sft) {
      const first = d.messages.findIndex((m) => m.role === 'user');
      const lang = answerLang.get(d.messages[first + 1].content);
      if (!lang) continue; // small talk and off-topic requests get the scope reply
      checked++;
      if (!readsAs(lang, d.messages[first].content)) {
        expect.fail(`"${d.messages[first].content}" is answered in ${lang}`);
      }
    }
    expect(checked).toBeGreaterThan(20_000);
    expect(readsAs('zh', 'kv cache')).toBe(false);
    expect(readsAs('zh', 'kv cache？')).toBe(true);
    expect(readsAs('en', '词元')).toBe(false);
    const bad = structuredClone(TOPICS[0]);
    bad.zh.questions.push('kv cache');
    expect(() => validateTopics([...TOPICS.slice(1), bad])).toThrow(/does not read as zh/);
  });

  it("trains every topic's names typed alone, each answered in the language it reads as", () => {
    // a student tests the tutor with a bare term; "kv cache" must get the English answer and
    // "KV 缓存" or "kv cache？" the Chinese one
    const asked = new Map<string, string[]>();
    for (const d of corpus.sft) {
      if (d.messages.length > 3) continue;
      const [user, reply] = d.messages.slice(-2).map((m) => m.content);
      asked.set(user, [...(asked.get(user) ?? []), reply]);
    }
    const kv = TOPICS.find((t) => t.id === 'kv-cache')!;
    expect(asked.get('kv cache')).toContain(kv.en.answer);
    expect(asked.get('kv cache?')).toContain(kv.en.answer);
    expect(asked.get('KV 缓存')).toContain(kv.zh.answer);
    expect(asked.get('kv cache？')).toContain(kv.zh.answer);
    expect(asked.get('kv cache')).not.toContain(kv.zh.answer);
    for (const t of TOPICS) {
      for (const lang of LANGS) {
        const names = bareNames(t, lang);
        expect(names.length, `${t.id} ${lang}`).toBeGreaterThanOrEqual(2);
        for (const q of names) {
          expect(readsAs(lang, q), q).toBe(true);
          expect(asked.get(q), q).toContain(t[lang].answer);
        }
      }
    }
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(buildCorpus(1)).toEqual(corpus);
    expect(buildCorpus(2).sft.map((d) => d.messages[0].content)).not.toEqual(
      corpus.sft.map((d) => d.messages[0].content),
    );
    expect(mulberry32(1)()).toBe(mulberry32(1)());
  });

  it('puts an assistant reply last in every training dialogue', () => {
    for (const d of corpus.sft) expect(d.messages[d.messages.length - 1].role).toBe('assistant');
  });

  it('matches the committed data/corpus files (npm run corpus reproduces them)', () => {
    const lines = (p: string) =>
      readFileSync(p, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
    expect(lines('data/corpus/sft.jsonl')).toEqual(corpus.sft);
    // the Long-context lab's evaluation text: the first dialogues, in the same order
    expect(lines('data/corpus/sft-head.jsonl')).toEqual(corpus.sft.slice(0, LAB_DIALOGUES));
    expect(lines('data/corpus/heldout.jsonl')).toEqual(corpus.heldout);
    expect(readFileSync('data/corpus/pretrain.txt', 'utf8').trim().split('\n\n')).toEqual(
      corpus.pretrain,
    );
  });

  it('renders ChatML exactly like the Qwen2 chat template', () => {
    expect(renderChatML([{ role: 'user', content: 'Hi' }], true)).toBe(
      '<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n',
    );
  });
});
