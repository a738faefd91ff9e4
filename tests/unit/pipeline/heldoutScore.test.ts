import { describe, expect, it } from 'vitest';
import { TOPICS } from '../../../src/corpus/build.ts';
import { SCOPE_KEY, scopeReply } from '../../../src/corpus/scope.ts';
import type { HeldoutItem } from '../../../src/corpus/types.ts';
import {
  attribute,
  inLanguage,
  judge,
  ngrams,
  summarize,
  topicProfiles,
} from '../../../src/train/heldoutScore.ts';

const topic = (id: string) => TOPICS.find((t) => t.id === id)!;
const facts = { layers: 4, hidden: 128 };

describe('held-out scoring', () => {
  const en = topicProfiles(TOPICS, 'en', [scopeReply('en', 'offtopic', ['RoPE', 'BPE'], facts)]);
  const zh = topicProfiles(TOPICS, 'zh', [scopeReply('zh', 'offtopic', ['RoPE', 'BPE'], facts)]);

  it('cuts text into character n-grams (4 for English, 2 for Chinese)', () => {
    expect([...ngrams('RoPE!', 'en')]).toEqual(['rope', 'ope!']);
    expect([...ngrams('旋转 编码', 'zh')]).toEqual(['旋转', '转编', '编码']);
  });

  it("attributes a topic's own texts to that topic, and a scope reply to the scope", () => {
    for (const id of ['rope', 'kv-cache', 'rmsnorm', 'ppo', 'lab-rope']) {
      const t = topic(id);
      expect(attribute(t.en.answer, 'en', en)).toBe(id);
      expect(attribute(t.zh.answer, 'zh', zh)).toBe(id);
      expect(attribute(t.en.followUps.example, 'en', en)).toBe(id);
    }
    expect(attribute(scopeReply('en', 'greeting', ['GQA', 'YaRN'], facts), 'en', en)).toBe('scope');
    expect(attribute('zzzz', 'en', en)).toBe(null);
  });

  it('says when a reply switches language', () => {
    expect(inLanguage('RoPE rotates pairs of dimensions.', 'en')).toBe(true);
    expect(inLanguage('Qwen uses byte-level BPE：先把文本变成字节', 'en')).toBe(false);
    expect(inLanguage('RoPE 把每对维度旋转一个角度。', 'zh')).toBe(true);
    expect(inLanguage('RoPE 会旋转 the query and key vectors by an angle', 'zh')).toBe(false);
  });

  it("marks a reply right only with the key, the topic's own text and the right language", () => {
    const item: HeldoutItem = {
      kind: 'topic',
      lang: 'en',
      topic: 'rope',
      messages: [{ role: 'user', content: 'rope??' }],
      expect: [topic('rope').en.key],
      replyLang: 'en',
      asks: 'question',
    };
    expect(judge(item, topic('rope').en.answer, true, en).ok).toBe(true);
    // another topic's memorized answer is wrong even when it mentions RoPE
    const ntk = topic('ntk').en.answer;
    expect(judge(item, ntk, true, en).ok).toBe(false);
    expect(judge(item, ntk, true, en).attributed).toBe('ntk');
    // the right answer with a Chinese tail switches language mid-reply
    expect(judge(item, topic('rope').en.answer + '先把', true, en).ok).toBe(false);
  });

  it('averages results per kind and language', () => {
    const base = { topic: 'rope', asks: 'question', question: 'q', key: 'k', reply: 'r' };
    const r = (kind: 'topic' | 'scope', lang: 'en' | 'zh', ok: boolean) => ({
      ...base,
      kind,
      lang,
      attributed: null,
      inLanguage: true,
      stopped: ok,
      ok,
    });
    const s = summarize([
      r('topic', 'en', true),
      r('topic', 'en', false),
      r('topic', 'zh', true),
      r('scope', 'zh', true),
    ]);
    expect(s.topic).toEqual({ en: 0.5, zh: 1 });
    expect(s.scope).toBe(1);
    expect(s.followup).toBe(0);
    expect(s.stopped).toBe(0.75);
    expect(s.items).toBe(4);
    expect(SCOPE_KEY.en.length).toBeGreaterThan(10);
  });
});
