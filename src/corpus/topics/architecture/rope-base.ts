/**
 * Corpus topic `rope-base` (the RoPE base) of the architecture group (../architecture.ts): its
 * names, short answer and key idea, held-out questions, follow-up replies and comparison, in
 * English and 简体中文. Its written training questions are in ./rope-base.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './rope-base.questions.json';

export const ropeBase: Topic = {
  id: 'rope-base',
  en: {
    names: ['the RoPE base', 'RoPE base', 'rotary base', 'rope theta', 'rope base frequency'],
    answer:
      'The RoPE base is 10000: dimension pair i turns with frequency 1 / 10000^(2i/d), so early pairs spin fast and late pairs spin slowly.',
    key: 'base is 10000',
    questions: QUESTIONS.en,
    heldout: [
      'what number is the rope base in qwen',
      'why 10000 for the rotary base',
      'how fast does each rope dimension spin',
      'what does rope_theta control',
    ],
    followUps: {
      why: 'A large value for the RoPE base spreads the frequencies over many scales, so fast pairs tell neighbours apart while slow pairs still separate tokens thousands of positions away.',
      example:
        'With the RoPE base 10000 and d = 128, pair 0 turns 1 radian per token, one turn in about 6 tokens; the last pair needs about 54,000 tokens per turn.',
      simpler:
        'Choosing the RoPE base is like choosing the gears of a clock: a bigger base adds slower hands that take longer to go round.',
      more: 'Only the RoPE base changes under NTK-aware scaling: Qwen keeps 10000 for training and raises it at inference for inputs longer than 2048 tokens.',
      downside:
        'With the RoPE base fixed, only the trained lengths are covered: the slowest pairs never complete a turn in 2048 tokens, so longer inputs show them new angles.',
    },
    prose:
      'The base of RoPE sets its frequencies. With base 10000, dimension pair i rotates with inverse frequency 1 / 10000^(2i/d). The first pairs spin quickly and capture nearby positions, while the last pairs spin slowly and capture long distances. Raising the base slows every rotation except the first.',
  },
  zh: {
    names: ['RoPE 的基数', 'RoPE 基数', '旋转编码的基数', 'rope theta', 'rope base'],
    answer:
      'RoPE 的基数是 10000：第 i 对维度的频率是 1 / 10000^(2i/d)，所以前面的维度转得快，后面的维度转得慢。',
    key: '基数是 10000',
    questions: QUESTIONS.zh,
    heldout: [
      'qwen 的 rope 基数是多少来着',
      '为什么旋转基数选 10000',
      'rope_theta 控制的是什么',
      'RoPE 每个维度转多快',
    ],
    followUps: {
      why: 'RoPE 的基数把频率铺开到很多尺度：快的维度区分相邻词元，慢的维度能分辨相隔几千个位置的词元。',
      example:
        'RoPE 的基数为 10000、d = 128 时，第 0 对维度约 6 个词元转一圈，最后一对约 54000 个词元才转一圈。',
      simpler: 'RoPE 的基数就像给钟表选齿轮：基数越大，就多出一些转得更慢、很久才转一圈的指针。',
      more: 'NTK 感知缩放只改 RoPE 的基数：Qwen 训练时用 10000，推理时遇到超过 2048 个词元的输入才把它调大。',
      downside:
        'RoPE 的基数固定时只覆盖训练长度；最慢的维度在 2048 个词元内转不满一圈，更长的输入会让它们出现新角度。',
    },
    prose:
      'RoPE 的基数决定它的频率。基数为 10000 时，第 i 对维度的逆频率是 1 / 10000^(2i/d)。前面的维度转得快，捕捉近距离；后面的维度转得慢，捕捉远距离。增大基数会让除第一对以外的所有旋转都变慢。',
  },
  compare: {
    with: 'ntk',
    en: 'During training the RoPE base is a fixed 10000; NTK-aware scaling raises it at inference so the slow dimensions stretch over longer inputs.',
    zh: 'RoPE 的基数在训练时固定为 10000；NTK 感知缩放在推理时把它调大，让慢速维度覆盖更长的输入。',
  },
};
