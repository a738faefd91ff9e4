import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../src/kernels/reference/random.ts';
import { withAside } from '../../../src/corpus/asides.ts';
import { buildCorpus, LANGS, TOPICS } from '../../../src/corpus/build.ts';
import { plain } from '../../../src/corpus/casual.ts';
import { OFF_TOPIC } from '../../../src/corpus/offtopic.ts';
import { holdsHeldoutWrap } from '../../../src/corpus/phrasing.ts';
import type { Lang } from '../../../src/corpus/types.ts';

const QUESTION: Record<Lang, string> = { en: 'What is RoPE?', zh: 'RoPE 是什么？' };

describe('topic questions next to an off-topic request (asides)', () => {
  it('keep the question and add a training request, never a held-out one', () => {
    for (const lang of LANGS) {
      const rand = mulberry32(11);
      const heldout = OFF_TOPIC[lang].heldout.map(plain);
      const out = Array.from({ length: 400 }, () => withAside(rand, lang, QUESTION[lang]));
      for (const s of out) {
        expect(s.toLowerCase(), s).toContain(lang === 'en' ? 'what is rope' : 'rope 是什么');
        // something besides the question: at least a few characters more
        expect(plain(s).length, s).toBeGreaterThan(plain(QUESTION[lang]).length + 2);
        expect(holdsHeldoutWrap(lang, s), s).toBe(false);
        for (const h of heldout) expect(plain(s).includes(h), `${s} / ${h}`).toBe(false);
      }
      // the request goes before the question and after it, and varies
      const first = out.filter((s) => /^(what is rope|rope 是什么)/.test(s.toLowerCase())).length;
      expect(first).toBeGreaterThan(80);
      expect(first).toBeLessThan(320);
      expect(new Set(out).size).toBeGreaterThan(300);
    }
  });

  it('are answered with the asked topic in a corpus that has them, and no held-out item is trained', () => {
    const corpus = buildCorpus(2, { asides: 3, conversations: 0 });
    const offTopic = new Set(LANGS.flatMap((l) => OFF_TOPIC[l].train.map(plain)));
    const answers = new Map(TOPICS.flatMap((t) => LANGS.map((l) => [t[l].answer, t.id] as const)));
    const withRequest = corpus.sft.filter((d) => {
      const user = plain(d.messages.at(-2)!.content);
      return [...offTopic].some((o) => o.length > 12 && user.includes(o));
    });
    // about half of 69 topics × 2 languages × 3 draw a written request
    expect(withRequest.length).toBeGreaterThan(TOPICS.length);
    for (const d of withRequest) {
      const topic = answers.get(d.messages.at(-1)!.content);
      // a request alone keeps its scope reply; with a question it gets the topic's answer
      if (topic === undefined) expect(d.topics[0]).toMatch(/^scope:/);
      else expect(d.topics).toEqual([topic]);
    }
    expect(withRequest.filter((d) => !d.topics[0].startsWith('scope:')).length).toBeGreaterThan(
      TOPICS.length,
    );
    const trained = new Set(corpus.sft.map((d) => plain(d.messages.at(-2)!.content)));
    for (const h of corpus.heldout.filter((x) => x.kind !== 'followup')) {
      expect(trained.has(plain(h.messages.at(-1)!.content)), h.messages.at(-1)!.content).toBe(
        false,
      );
    }
  });
});
