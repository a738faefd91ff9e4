/**
 * Corpus topic `tool-use` (tool use) of the data group (../data.ts): its names, short answer and
 * key idea, held-out questions, follow-up replies and comparison, in English and 简体中文. Its written
 * training questions are in ./tool-use.questions.json.
 */
import type { Topic } from '../../types.ts';
import QUESTIONS from './tool-use.questions.json';

export const toolUse: Topic = {
  id: 'tool-use',
  en: {
    names: ['tool use', 'tool calling', 'function calling', 'code interpreter', 'agent'],
    answer:
      'Qwen-Chat can use tools: it calls APIs, writes and runs Python in a code interpreter, and acts as an agent, skills trained with ReAct-style samples in its fine-tuning data.',
    key: 'code interpreter',
    questions: QUESTIONS.en,
    heldout: [
      'can qwen run python code',
      'how does the chat model use a calculator or search',
      'tool use vs plain chat difference',
      'how was qwen taught to call tools',
    ],
    followUps: {
      why: 'With tool use the model hands jobs it is bad at, like exact math, fresh facts from a search API or plotting data, to a program.',
      example:
        'An example of tool use: asked for the mean of 3, 7 and 20, Qwen-Chat writes Python, the code interpreter prints 10.0, and the model answers with that number.',
      simpler:
        'In plain words, tool use means the model knows when to reach for a calculator or a phone book instead of guessing.',
      more: "Qwen-Chat's tool use was trained with ReAct samples made by self-instruct, and the team built a benchmark to check whether its code-interpreter code runs and plots correctly.",
      downside:
        'The cost of tool use is risk: running model-written code needs a sandbox, and one wrong tool call or bad argument can derail the answer.',
    },
    prose:
      'Qwen-Chat is trained to use tools. It can call APIs described in its prompt, write Python and run it in a code interpreter for math, data analysis and charts, and act as an agent that chooses among many tools, for example as a Hugging Face Agent. The fine-tuning data includes ReAct-style samples made with self-instruct.',
  },
  zh: {
    names: ['工具调用', '工具使用', '函数调用', '代码解释器', 'tool use'],
    answer:
      'Qwen-Chat 会使用工具：调用 API，在代码解释器里编写并运行 Python，还能当智能体；这些能力靠微调数据里 ReAct 风格的样本学会。',
    key: '代码解释器',
    questions: QUESTIONS.zh,
    heldout: [
      'qwen 能跑 python 代码吗',
      '对话模型怎么用计算器或者搜索',
      'tool use 和普通聊天有啥区别',
      'qwen 是怎么学会调工具的',
    ],
    followUps: {
      why: '工具调用让模型把不擅长的事交给程序，比如精确计算、用搜索 API 查最新信息或者画数据图。',
      example:
        '工具调用举例：问 3、7、20 的平均数，Qwen-Chat 写出 Python，代码解释器输出 10.0，模型再用这个数回答。',
      simpler: '工具调用就是模型知道什么时候该拿起计算器或查电话簿，而不是瞎猜。',
      more: 'Qwen-Chat 的工具调用用自指令生成的 ReAct 样本训练；团队还做了一个评测集，检查它在代码解释器里写的代码能否正确运行和画图。',
      downside:
        '工具调用带来风险和成本：运行模型写的代码需要沙箱，一次调错工具或参数写错都可能让回答跑偏。',
    },
    prose:
      'Qwen-Chat 经过训练可以使用工具。它能调用提示里描述的 API，编写 Python 并在代码解释器里运行，用来算数、分析数据和画图，还能作为智能体在许多工具中做选择，比如当 Hugging Face Agent。微调数据里有用自指令方法生成的 ReAct 风格样本。',
  },
  compare: {
    with: 'react',
    en: 'Tool use is the skill of calling programs; ReAct is the text format Qwen-Chat uses for it, with Thought, Action, Action Input and Observation.',
    zh: '工具调用是调用程序的能力；ReAct 是 Qwen-Chat 调用工具时用的文字格式，包括 Thought、Action、Action Input 和 Observation。',
  },
};
