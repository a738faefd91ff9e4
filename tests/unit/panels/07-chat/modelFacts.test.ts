/** The model card's reading of training.json: today's file, the v3 fields, and odd values. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseModelFacts } from '../../../../src/panels/07-chat/modelFacts.ts';
import { TINY_MODEL_PATH } from '../../../../src/runtime/tinyModel.ts';

describe('parseModelFacts', () => {
  it("reads the committed model's training.json", () => {
    const json = JSON.parse(readFileSync(`public/${TINY_MODEL_PATH}/training.json`, 'utf8'));
    const f = parseModelFacts(json);
    expect(f.parameters).toBe(json.parameters);
    expect(f.context).toBe(json.config.max_position_embeddings);
    if (!json.final?.heldout) expect(f.heldout.topicEn).toBeNull();
  });

  it('reads held-out scores and topics', () => {
    const f = parseModelFacts({
      parameters: 3_000_000,
      config: { max_position_embeddings: 512 },
      final: { heldout: { topic: { en: 0.93, zh: 0.9 }, followup: 0.8, scope: 1 } },
      topics: [{ id: 'rope', en: 'RoPE', zh: '旋转位置编码' }],
    });
    expect(f.context).toBe(512);
    expect(f.heldout).toEqual({ topicEn: 0.93, topicZh: 0.9, followup: 0.8, scope: 1 });
    expect(f.topics).toEqual([{ id: 'rope', en: 'RoPE', zh: '旋转位置编码' }]);
  });

  it.each([null, 'text', [], 7, { final: 'x', config: [], topics: 'rope' }])(
    'never throws, and records nothing it cannot trust, for %j',
    (json) => {
      const f = parseModelFacts(json);
      expect(f.parameters).toBeNull();
      expect(f.topics).toBeNull();
      expect(Object.values(f.heldout).every((x) => x === null)).toBe(true);
    },
  );

  it('drops out-of-range numbers and incomplete topics one by one', () => {
    const f = parseModelFacts({
      parameters: -5,
      config: { max_position_embeddings: 1.5 },
      final: { heldout: { topic: { en: 7, zh: 0.5 }, followup: NaN, scope: '0.9' } },
      topics: [{ id: 1 }, null, { id: 'a', en: 'A', zh: '甲' }, { id: 'b', en: '', zh: '乙' }],
    });
    expect(f.parameters).toBeNull();
    expect(f.context).toBeNull();
    expect(f.heldout).toEqual({ topicEn: null, topicZh: 0.5, followup: null, scope: null });
    expect(f.topics).toEqual([{ id: 'a', en: 'A', zh: '甲' }]);
  });
});
