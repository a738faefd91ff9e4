/**
 * What a student says after an answer, and the wordings of each such turn: follow-ups per kind
 * (why, an example, simpler, more, a downside), "how is it different from X?", "say it in
 * Chinese/English", "what did I ask first?" (and the reply to that one). Like the question pools
 * of phrasing.ts, every pool has a `train` and a `heldout` half that share no wording; only the
 * `train` halves reach the training corpus.
 *
 *   pick(rand, FOLLOW_UPS.example.zh.train) → e.g. '举个例子'
 *
 * Deliberately left out: the replies to follow-ups (each topic's own `followUps`, topics-*.ts)
 * and how turns make a conversation (dialogues.ts).
 */
import { fillFrame, type Pool } from './phrasing.ts';
import type { FollowUpKind, Lang } from './types.ts';

/** Follow-up wordings per kind; the reply is the topic's written follow-up (types.ts). */
export const FOLLOW_UPS: Record<FollowUpKind, Pool> = {
  why: {
    en: {
      train: [
        'why?',
        'why is that?',
        'but why?',
        'why does it work that way?',
        'what is the reason?',
        'why do we need it?',
        'how come?',
        'why would you do that?',
        'why so?',
        'why would qwen do that',
        'whats the reason for that',
        'why not something else?',
        'reason?',
      ],
      heldout: ['why though', 'whats the reasoning behind it', 'what motivated that'],
    },
    zh: {
      train: [
        '为什么？',
        '为什么要这样？',
        '这是为什么呢？',
        '原因是什么？',
        '为啥？',
        '为什么需要它？',
        '为啥这样',
        '理由是啥',
        '为什么要这么做？',
      ],
      heldout: ['为什么会这样设计', '这么做的原因呢'],
    },
  },
  example: {
    en: {
      train: [
        'give an example',
        'can you give me an example?',
        'example please',
        'show me an example',
        'for instance?',
        'any concrete example?',
        'example?',
        'e.g.?',
        'show me a concrete case',
        'an example would help',
      ],
      heldout: ['got an example?', 'like what?', 'could you illustrate it'],
    },
    zh: {
      train: [
        '举个例子',
        '能举个例子吗？',
        '比如呢？',
        '给个例子吧',
        '有具体的例子吗？',
        '例子呢',
        '举例说明一下',
      ],
      heldout: ['来个例子', '具体点，比如说？'],
    },
  },
  simpler: {
    en: {
      train: [
        'explain it simpler',
        'simpler please',
        "I don't get it",
        'can you say that in plain words?',
        "explain like I'm five",
        'too complicated, simplify',
        'simpler?',
        'dumb it down',
        'again but simpler',
      ],
      heldout: ['eli5', 'in simple terms please', "that's confusing, again but easier"],
    },
    zh: {
      train: [
        '说简单点',
        '听不懂，简单一点',
        '用大白话讲讲',
        '能通俗一点吗？',
        '太难了',
        '说人话',
        '我还是没懂',
      ],
      heldout: ['换个简单的说法', '再通俗讲讲'],
    },
  },
  more: {
    en: {
      train: [
        'tell me more',
        'more detail please',
        'go deeper',
        'and then?',
        'can you elaborate?',
        'what else should I know?',
        'continue',
        'more?',
        'keep going',
        'tell me more about it',
        'details?',
      ],
      heldout: ['go on', 'can you expand on that', 'more please'],
    },
    zh: {
      train: [
        '再详细一点',
        '多讲一些',
        '还有呢？',
        '展开说说',
        '能深入讲讲吗？',
        '继续',
        '然后呢？',
        '细说',
      ],
      heldout: ['接着说', '再多说点'],
    },
  },
  downside: {
    en: {
      train: [
        'any downside?',
        'what are the drawbacks?',
        'is there a catch?',
        "what's the cost?",
        'does it have limitations?',
        'what can go wrong?',
        'cons?',
        'any problems with it?',
        'what are the tradeoffs',
        'weaknesses?',
      ],
      heldout: [
        "so what's the downside",
        'any disadvantages?',
        'is it perfect or are there problems',
      ],
    },
    zh: {
      train: [
        '有什么缺点吗？',
        '代价是什么？',
        '有局限吗？',
        '那这样做有什么缺点吗？',
        '会有什么问题？',
        '缺点是啥',
        '有副作用吗',
        '有啥坏处',
      ],
      heldout: ['它有啥不足', '缺点呢？'],
    },
  },
};

/** "How is it different from {Y}?"; the reply is the topic's written comparison. */
export const COMPARE_ASKS: Pool = {
  en: {
    train: [
      'how is it different from {X}?',
      'compare it with {X}',
      'and {X}? how do they differ?',
      'what about {X}, how is that different',
      'is it like {X}?',
      '{X} vs this?',
    ],
    heldout: ['difference to {X}?', 'versus {X}?'],
  },
  zh: {
    train: [
      '它和{X}有什么区别？',
      '跟{X}比呢？',
      '和{X}对比一下',
      '和{X}比怎么样',
      '{X}和它一样吗？',
      '它跟{X}啥区别',
    ],
    heldout: ['那{X}呢，有啥不同', '{X}跟它差在哪'],
  },
};

/** "Say it in the other language"; the reply is the last reply in the other language. */
export const TRANSLATE_ASKS: Pool = {
  en: {
    train: [
      'say it in Chinese',
      'in Chinese please',
      'can you answer in Chinese?',
      'in chinese?',
      'chinese version please',
      'translate that to chinese',
      'what is that in chinese',
      'switch to chinese',
      '中文',
    ],
    heldout: ['chinese please', 'now in chinese'],
  },
  zh: {
    train: [
      '用英文说一遍',
      '请用英语回答',
      '翻译成英文',
      '英文呢？',
      '用英语说',
      '换成英文',
      'English please',
      '翻成英文',
    ],
    heldout: ['英文版呢', '说英语吧'],
  },
};

/** "What did I ask first?"; the reply names the first question's topic. */
export const FIRST_ASKS: Pool = {
  en: {
    train: [
      'what did I ask first?',
      'what was my first question?',
      'remind me what I asked at the start',
      'what was the first thing I asked?',
      'what did we start with?',
      'first question?',
      'what did I ask before all this',
    ],
    heldout: ['what did i ask you at the beginning', 'which question did I start with?'],
  },
  zh: {
    train: [
      '我第一个问题问的是什么？',
      '我最开始问了什么？',
      '提醒一下我一开始问的问题',
      '最开始的问题是什么',
      '我第一句问了什么',
    ],
    heldout: ['我刚开始问的啥', '我问的第一个问题是什么来着'],
  },
};

export function firstQuestionReply(lang: Lang, displayName: string): string {
  return lang === 'en'
    ? `Your first question was about ${displayName}.`
    : fillFrame('你第一个问题问的是{X}。', displayName);
}
