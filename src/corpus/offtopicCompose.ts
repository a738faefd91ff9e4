/**
 * Off-topic requests composed from parts, for training only: arithmetic with fresh numbers,
 * poems and stories about many subjects, weather and sports in many places, general knowledge,
 * coding, translation, advice and recipes, in English and 简体中文. The written lists of
 * offtopic.ts are a few hundred requests; composing gives the tiny model thousands, so it learns
 * "nothing from the Qwen report is asked here" rather than a list of strings.
 *
 *   composeOffTopic(rand, 'en') → e.g. 'can you write a haiku about my cat'
 *   composeOffTopic(rand, 'zh') → e.g. '明天广州会下雨吗'
 *
 * Held out by construction: the parts below are not the held-out requests of offtopic.ts, and
 * build.ts drops any composed request that happens to equal a held-out one.
 *
 * Deliberately left out: words that name an idea of the report (tokens, attention, Qwen…), so
 * a composed request is never a real question in disguise.
 */
import { pick } from './phrasing.ts';
import type { Lang } from './types.ts';

type Part = readonly string[];
type Template = (rand: () => number) => string;

const num = (rand: () => number, lo: number, hi: number) =>
  String(lo + Math.floor(rand() * (hi - lo + 1)));

/** Fills `{a}`, `{b}`… in `frame` with a pick from the part of the same name. */
function fill(rand: () => number, frame: string, parts: Record<string, Part>): string {
  return frame.replace(/\{(\w+)\}/g, (_, k: string) =>
    k === 'n' ? num(rand, 2, 999) : k === 'm' ? num(rand, 2, 99) : pick(rand, parts[k]),
  );
}

const EN_PARTS: Record<string, Part> = {
  op: ['plus', 'minus', 'times', 'divided by', '+', '-', '*', 'x'],
  write: ['write', 'write me', 'can you write', 'compose', 'give me', 'make up', 'I need'],
  form: [
    'a poem',
    'a haiku',
    'a short story',
    'a song',
    'a joke',
    'a limerick',
    'an essay',
    'a speech',
    'a birthday message',
    'a rap',
    'a slogan',
    'a story for kids',
  ],
  subject: [
    'the sea',
    'my cat',
    'autumn leaves',
    'friendship',
    'coffee',
    'the moon',
    'a lonely robot',
    'my hometown',
    'winter',
    'a pirate',
    'pizza',
    'my dog',
    'mountains',
    'the rain',
    'a dragon',
    'my best friend',
    'Monday mornings',
    'the stars',
  ],
  city: [
    'Paris',
    'Beijing',
    'Shanghai',
    'London',
    'Berlin',
    'Sydney',
    'Toronto',
    'Seoul',
    'Madrid',
    'Mumbai',
    'Cairo',
    'Boston',
    'my city',
    'here',
  ],
  when: ['today', 'tomorrow', 'this weekend', 'tonight', 'next week', 'right now'],
  weather: [
    'will it rain',
    'is it sunny',
    'how cold is it',
    'will it snow',
    "what's the weather",
    'how hot is it',
    'is it windy',
  ],
  event: [
    'the world cup',
    'the champions league',
    'the NBA finals',
    'the Tour de France',
    'the US Open',
    'the Oscars',
    'the election',
    'the marathon',
  ],
  year: ['2010', '2014', '2016', '2019', '2022', 'last year', 'this year'],
  who: ['who invented', 'who discovered', 'who painted', 'who wrote', 'who built', 'who founded'],
  thing: [
    'the telephone',
    'the light bulb',
    'the mona lisa',
    'hamlet',
    'the eiffel tower',
    'gravity',
    'electricity',
    'the printing press',
    'the airplane',
    'radio',
  ],
  fact: [
    'what is the capital of',
    'how big is',
    'what language do they speak in',
    'how many people live in',
    'what currency does',
    'what is the history of',
  ],
  country: ['France', 'Brazil', 'Japan', 'Kenya', 'Canada', 'Egypt', 'Norway', 'Peru', 'Italy'],
  code: ['python', 'javascript', 'java', 'c++', 'rust', 'go', 'sql', 'bash', 'php'],
  task: [
    'sort a list',
    'read a file',
    'reverse a string',
    'parse json',
    'make a web server',
    'connect to a database',
    'fix this error',
    'center a div',
    'write a for loop',
  ],
  word: [
    'hello',
    'thank you',
    'good morning',
    'cat',
    'I love you',
    'where is the station',
    'apple',
    'see you tomorrow',
  ],
  language: ['French', 'Spanish', 'Japanese', 'Chinese', 'English', 'Korean', 'Italian', 'Arabic'],
  life: [
    'lose weight',
    'save money',
    'learn to swim',
    'make friends',
    'stop procrastinating',
    'get a job',
    'be more productive',
    'study for exams',
    'fall asleep faster',
  ],
  dish: [
    'pancakes',
    'fried rice',
    'lasagna',
    'dumplings',
    'a chocolate cake',
    'curry',
    'scrambled eggs',
    'sushi',
    'tomato soup',
  ],
  ai: ['Siri', 'ChatGPT', 'Gemini', 'Copilot', 'Midjourney'],
  polite: ['', '', 'please ', 'hey, ', 'quick question: ', 'can you tell me '],
};

const EN: Template[] = [
  (r) => fill(r, '{polite}what is {n} {op} {m}?', EN_PARTS),
  (r) => fill(r, '{n} {op} {m} = ?', EN_PARTS),
  (r) => fill(r, 'is {n} a prime number', EN_PARTS),
  (r) => fill(r, 'solve {m}x + {n} = {n}', EN_PARTS),
  (r) => fill(r, '{write} {form} about {subject}', EN_PARTS),
  (r) => fill(r, '{polite}{weather} in {city} {when}?', EN_PARTS),
  (r) => fill(r, 'who won {event} in {year}', EN_PARTS),
  (r) => fill(r, '{polite}{who} {thing}?', EN_PARTS),
  (r) => fill(r, '{fact} {country}?', EN_PARTS),
  (r) => fill(r, 'how do I {task} in {code}', EN_PARTS),
  (r) => fill(r, 'write a {code} function to {task}', EN_PARTS),
  (r) => fill(r, 'how do you say "{word}" in {language}?', EN_PARTS),
  (r) => fill(r, 'translate "{word}" into {language}', EN_PARTS),
  (r) => fill(r, '{polite}how can I {life}?', EN_PARTS),
  (r) => fill(r, 'give me a recipe for {dish}', EN_PARTS),
  (r) => fill(r, 'how do I cook {dish}', EN_PARTS),
  (r) => fill(r, 'is {ai} better than you?', EN_PARTS),
  (r) => fill(r, 'what time is it in {city}', EN_PARTS),
];

const ZH_PARTS: Record<string, Part> = {
  op: ['加', '减', '乘以', '除以', '+', '×'],
  write: ['写', '帮我写', '给我写', '来', '能不能写', '编'],
  form: [
    '一首诗',
    '一首五言绝句',
    '一个小故事',
    '一首歌',
    '一个笑话',
    '一篇作文',
    '一段祝福语',
    '一段演讲稿',
    '一个童话',
    '一副对联',
  ],
  subject: [
    '大海',
    '我的猫',
    '秋天',
    '友情',
    '咖啡',
    '月亮',
    '故乡',
    '冬天',
    '下雨天',
    '春节',
    '毕业',
    '星空',
    '妈妈',
    '熊猫',
  ],
  city: [
    '北京',
    '上海',
    '广州',
    '深圳',
    '成都',
    '杭州',
    '武汉',
    '西安',
    '东京',
    '伦敦',
    '纽约',
    '这里',
  ],
  when: ['今天', '明天', '周末', '今晚', '下周', '现在'],
  weather: ['会下雨吗', '天气怎么样', '冷不冷', '热不热', '会下雪吗', '刮风吗', '空气好吗'],
  event: ['世界杯', '欧冠', 'NBA 总决赛', '奥运会乒乓球', '春晚', '中超'],
  year: ['2010 年', '2014 年', '2018 年', '2021 年', '去年', '今年'],
  who: ['是谁发明的', '是谁发现的', '是谁写的', '是谁建的', '是谁画的'],
  thing: [
    '电话',
    '电灯',
    '《红楼梦》',
    '蒸汽机',
    '万有引力',
    '长城',
    '《蒙娜丽莎》',
    '印刷术',
    '飞机',
  ],
  fact: ['的首都是哪里', '有多大', '说什么语言', '有多少人口', '用什么货币', '的历史'],
  country: ['法国', '巴西', '日本', '肯尼亚', '加拿大', '埃及', '挪威', '秘鲁', '意大利'],
  code: ['Python', 'JavaScript', 'Java', 'C++', 'Go', 'SQL', 'Rust'],
  task: ['排序一个列表', '读取文件', '反转字符串', '解析 JSON', '连接数据库', '写个爬虫', '写循环'],
  word: ['你好', '谢谢', '早上好', '猫', '我爱你', '火车站在哪', '苹果', '明天见'],
  language: ['英文', '法语', '日语', '韩语', '德语', '西班牙语', '俄语'],
  life: ['减肥', '存钱', '学游泳', '交朋友', '戒掉拖延', '找工作', '提高效率', '早睡早起'],
  dish: ['红烧肉', '蛋炒饭', '饺子', '番茄炒蛋', '宫保鸡丁', '蛋糕', '麻婆豆腐', '酸辣汤'],
  ai: ['Siri', 'ChatGPT', '文心一言', '小爱同学', 'Kimi'],
  polite: ['', '', '请问', '你好，', '问一下，', '帮我看看，'],
};

const ZH: Template[] = [
  (r) => fill(r, '{polite}{n} {op} {m} 等于多少？', ZH_PARTS),
  (r) => fill(r, '{n}{op}{m}=?', ZH_PARTS),
  (r) => fill(r, '{n} 是质数吗', ZH_PARTS),
  (r) => fill(r, '{write}{form}，关于{subject}', ZH_PARTS),
  (r) => fill(r, '{polite}{city}{when}{weather}', ZH_PARTS),
  (r) => fill(r, '{year}{event}谁赢了？', ZH_PARTS),
  (r) => fill(r, '{thing}{who}？', ZH_PARTS),
  (r) => fill(r, '{country}{fact}？', ZH_PARTS),
  (r) => fill(r, '用 {code} 怎么{task}', ZH_PARTS),
  (r) => fill(r, '{polite}“{word}”用{language}怎么说', ZH_PARTS),
  (r) => fill(r, '把“{word}”翻译成{language}', ZH_PARTS),
  (r) => fill(r, '{polite}怎么才能{life}？', ZH_PARTS),
  (r) => fill(r, '{dish}怎么做', ZH_PARTS),
  (r) => fill(r, '教我做{dish}', ZH_PARTS),
  (r) => fill(r, '{ai}和你谁更厉害', ZH_PARTS),
  (r) => fill(r, '{city}现在几点了', ZH_PARTS),
];

/** One composed off-topic request in `lang`. */
export function composeOffTopic(rand: () => number, lang: Lang): string {
  const s = pick(
    rand,
    lang === 'en' ? EN : ZH,
  )(rand)
    .replace(/\s+/g, ' ')
    .trim();
  return lang === 'en' && rand() < 0.5 ? s[0].toUpperCase() + s.slice(1) : s;
}
