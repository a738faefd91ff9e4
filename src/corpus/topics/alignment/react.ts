/**
 * Corpus topic `react` (ReAct) of the alignment group (../alignment.ts): its names, short answer
 * and key idea, held-out questions, follow-up replies and comparison, in English and 简体中文. Its
 * written training questions are in ./react.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './react.questions.json';

export const react: Topic = {
  id: 'react',
  en: {
    names: ['ReAct', 'ReAct prompting', 'the ReAct format', 'react', 'reason and act'],
    answer:
      'For tool use Qwen follows ReAct: the model writes a Thought, an Action and an Action Input, the tool result comes back as an Observation, and it repeats until the Final Answer.',
    key: 'comes back as an Observation',
    questions: QUESTIONS.en,
    heldout: [
      'what is observation in a react loop',
      'how does qwen know when to stop calling tools',
      'thought action observation whats that about',
      'walk me thru one tool call in react',
    ],
    followUps: {
      why: 'ReAct makes the model think out loud before acting, so it picks the right tool and can react to what the tool returned.',
      example:
        'In ReAct: Thought: I need the weather. Action: weather_api. Action Input: Beijing. Observation: 25°C. Final Answer: It is 25°C in Beijing.',
      simpler:
        'ReAct is like a cook reading a recipe aloud: think, do one step, look at the result, then decide the next step.',
      more: 'In ReAct the program, not the model, writes the Observation; the model stops after the Action Input and waits for the tool.',
      downside:
        'ReAct spends many tokens on thoughts and observations, and one wrong tool name or malformed Action Input breaks the loop.',
    },
    prose:
      'Qwen chat models can use tools with ReAct-style prompts. The prompt lists the tools. The model writes a Thought, then an Action naming a tool and an Action Input with its arguments. The program runs the tool and appends the result as an Observation. The loop continues until the model writes the Final Answer.',
  },
  zh: {
    names: ['ReAct', 'ReAct 提示', 'ReAct 格式', 'react', '推理加行动'],
    answer:
      'Qwen 用 ReAct 方式调用工具：模型写出 Thought、Action 和 Action Input，工具结果以 Observation 返回，循环直到写出 Final Answer。',
    key: '以 Observation 返回',
    questions: QUESTIONS.zh,
    heldout: [
      'react 循环里的 observation 是啥',
      'qwen 怎么知道什么时候不再调用工具',
      'thought action observation 这几个词啥意思',
      'react 能讲得再浅显点吗',
    ],
    followUps: {
      why: 'ReAct 让模型先把想法说出来再行动，所以它能选对工具，并根据工具的返回调整下一步。',
      example:
        'ReAct 示例：Action 是 weather_api，Action Input 是“北京”，Observation 返回 25°C，Final Answer 写“北京 25°C”。',
      simpler: 'ReAct 像厨师边念菜谱边做菜：想一想，做一步，看看结果，再决定下一步。',
      more: 'ReAct 里的 Observation 由程序写入，不由模型生成；模型写完 Action Input 就停下，等工具返回。',
      downside:
        'ReAct 在想法和观察上花很多词元，而且工具名写错或 Action Input 格式不对，循环就会中断。',
    },
    prose:
      'Qwen 对话模型可以用 ReAct 风格的提示使用工具。提示里列出可用工具。模型先写 Thought，再写 Action 指明工具，以及 Action Input 给出参数。程序运行工具，把结果作为 Observation 追加进去。循环持续到模型写出 Final Answer。',
  },
  compare: {
    with: 'chatml',
    en: 'ChatML marks whose turn it is; ReAct is a pattern of text the assistant writes inside its turns, pausing while the program adds each Observation.',
    zh: 'ChatML 标明轮到谁说话；ReAct 是助手在自己轮次里写的一种文字模式，程序每次追加 Observation 时它就暂停。',
  },
};
