/**
 * A small multilingual sample set written for this project (original sentences, no external
 * source): the same few everyday sentences about learning and language models in each of the
 * languages of the Qwen report's Figure 3, plus code. The Tokenizer lab's compression chart
 * counts tokens per vocabulary on these texts; the BPE parity tests encode them too.
 *
 * Each text says roughly: "Learning a new language takes patience. Every morning I read a
 * short article and write down the words I do not know. A language model reads text as
 * tokens, small pieces of words. When the tokenizer knows a language well, it needs fewer
 * tokens for the same sentence. Yesterday it rained, so we stayed home, cooked soup and
 * played cards."
 */

export interface LanguageSample {
  /** ISO 639-1 code as in the report's Figure 3, or 'code'. */
  code: string;
  name: { en: string; zh: string };
  text: string;
}

const TYPESCRIPT = `/** Softmax over one row of logits, stable for large values. */
export function softmax(logits: Float32Array): Float32Array {
  let max = -Infinity;
  for (let i = 0; i < logits.length; i++) if (logits[i] > max) max = logits[i];
  const out = new Float32Array(logits.length);
  let sum = 0;
  for (let i = 0; i < logits.length; i++) {
    out[i] = Math.exp(logits[i] - max);
    sum += out[i];
  }
  for (let i = 0; i < out.length; i++) out[i] /= sum;
  return out;
}
`;

const PYTHON = `def count_words(path: str) -> dict[str, int]:
    """Count how often each word appears in a text file, most frequent first."""
    counts: dict[str, int] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            for word in line.lower().split():
                counts[word] = counts.get(word, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: -kv[1]))
`;

export const LANGUAGE_SAMPLES: readonly LanguageSample[] = [
  {
    code: 'th',
    name: { en: 'Thai', zh: '泰语' },
    text: 'การเรียนภาษาใหม่ต้องใช้ความอดทน ทุกเช้าฉันอ่านบทความสั้น ๆ และจดคำที่ไม่รู้จักไว้ โมเดลภาษาอ่านข้อความเป็นโทเคน ซึ่งเป็นชิ้นส่วนเล็ก ๆ ของคำ ถ้าตัวตัดคำรู้จักภาษาใดดี ก็จะใช้โทเคนน้อยลงสำหรับประโยคเดียวกัน เมื่อวานฝนตก เราจึงอยู่บ้าน ทำซุป และเล่นไพ่กัน',
  },
  {
    code: 'he',
    name: { en: 'Hebrew', zh: '希伯来语' },
    text: 'ללמוד שפה חדשה דורש סבלנות. בכל בוקר אני קורא מאמר קצר ורושם את המילים שאני לא מכיר. מודל שפה קורא טקסט כאסימונים, חתיכות קטנות של מילים. כשהמפרק מכיר שפה היטב, הוא צריך פחות אסימונים לאותו משפט. אתמול ירד גשם, אז נשארנו בבית, בישלנו מרק ושיחקנו קלפים.',
  },
  {
    code: 'ar',
    name: { en: 'Arabic', zh: '阿拉伯语' },
    text: 'تعلّم لغة جديدة يحتاج إلى الصبر. كل صباح أقرأ مقالة قصيرة وأكتب الكلمات التي لا أعرفها. يقرأ النموذج اللغوي النص على شكل رموز، وهي قطع صغيرة من الكلمات. عندما يعرف المُجزِّئ لغةً جيدًا، يحتاج إلى رموز أقل للجملة نفسها. أمس أمطرت، فبقينا في البيت وطبخنا الحساء ولعبنا الورق.',
  },
  {
    code: 'ko',
    name: { en: 'Korean', zh: '韩语' },
    text: '새로운 언어를 배우려면 인내심이 필요하다. 나는 매일 아침 짧은 기사를 읽고 모르는 단어를 적어 둔다. 언어 모델은 텍스트를 단어의 작은 조각인 토큰으로 읽는다. 토크나이저가 어떤 언어를 잘 알수록 같은 문장에 필요한 토큰 수가 줄어든다. 어제는 비가 와서 우리는 집에서 수프를 끓이고 카드놀이를 했다.',
  },
  {
    code: 'vi',
    name: { en: 'Vietnamese', zh: '越南语' },
    text: 'Học một ngôn ngữ mới cần sự kiên nhẫn. Mỗi sáng tôi đọc một bài báo ngắn và ghi lại những từ tôi chưa biết. Mô hình ngôn ngữ đọc văn bản dưới dạng token, tức là những mảnh nhỏ của từ. Khi bộ tách từ hiểu rõ một ngôn ngữ, nó cần ít token hơn cho cùng một câu. Hôm qua trời mưa nên chúng tôi ở nhà, nấu súp và chơi bài.',
  },
  {
    code: 'zh',
    name: { en: 'Chinese', zh: '中文' },
    text: '学习一门新语言需要耐心。每天早上我都会读一篇短文，并把不认识的词记下来。语言模型把文本读成一个个词元，也就是词语的小片段。分词器对一种语言越熟悉，同一句话需要的词元就越少。昨天下雨了，所以我们待在家里，煮了汤，还打了牌。',
  },
  {
    code: 'ja',
    name: { en: 'Japanese', zh: '日语' },
    text: '新しい言語を学ぶには忍耐が必要です。毎朝、短い記事を読んで、知らない単語を書き留めています。言語モデルはテキストを単語の小さな断片であるトークンとして読みます。トークナイザーがある言語をよく知っているほど、同じ文に必要なトークンは少なくなります。昨日は雨が降ったので、家でスープを作ってトランプをしました。',
  },
  {
    code: 'tr',
    name: { en: 'Turkish', zh: '土耳其语' },
    text: "Yeni bir dil öğrenmek sabır ister. Her sabah kısa bir makale okuyorum ve bilmediğim kelimeleri not alıyorum. Bir dil modeli metni, kelimelerin küçük parçaları olan token'lar hâlinde okur. Ayrıştırıcı bir dili iyi tanıdığında aynı cümle için daha az token'a ihtiyaç duyar. Dün yağmur yağdı, bu yüzden evde kaldık, çorba pişirdik ve kâğıt oynadık.",
  },
  {
    code: 'id',
    name: { en: 'Indonesian', zh: '印尼语' },
    text: 'Belajar bahasa baru membutuhkan kesabaran. Setiap pagi saya membaca artikel pendek dan mencatat kata-kata yang belum saya ketahui. Model bahasa membaca teks sebagai token, yaitu potongan kecil dari kata. Ketika tokenizer mengenal suatu bahasa dengan baik, ia membutuhkan lebih sedikit token untuk kalimat yang sama. Kemarin hujan, jadi kami tinggal di rumah, memasak sup, dan bermain kartu.',
  },
  {
    code: 'pl',
    name: { en: 'Polish', zh: '波兰语' },
    text: 'Nauka nowego języka wymaga cierpliwości. Każdego ranka czytam krótki artykuł i zapisuję słowa, których nie znam. Model językowy czyta tekst jako tokeny, czyli małe kawałki słów. Gdy tokenizer dobrze zna dany język, potrzebuje mniej tokenów na to samo zdanie. Wczoraj padał deszcz, więc zostaliśmy w domu, ugotowaliśmy zupę i graliśmy w karty.',
  },
  {
    code: 'ru',
    name: { en: 'Russian', zh: '俄语' },
    text: 'Изучение нового языка требует терпения. Каждое утро я читаю короткую статью и записываю слова, которых не знаю. Языковая модель читает текст как токены — маленькие кусочки слов. Когда токенизатор хорошо знает язык, ему нужно меньше токенов для того же предложения. Вчера шёл дождь, поэтому мы остались дома, сварили суп и играли в карты.',
  },
  {
    code: 'nl',
    name: { en: 'Dutch', zh: '荷兰语' },
    text: 'Een nieuwe taal leren vraagt geduld. Elke ochtend lees ik een kort artikel en schrijf ik de woorden op die ik niet ken. Een taalmodel leest tekst als tokens, kleine stukjes van woorden. Als de tokenizer een taal goed kent, heeft hij minder tokens nodig voor dezelfde zin. Gisteren regende het, dus bleven we thuis, kookten we soep en speelden we kaarten.',
  },
  {
    code: 'pt',
    name: { en: 'Portuguese', zh: '葡萄牙语' },
    text: 'Aprender uma nova língua exige paciência. Todas as manhãs leio um artigo curto e anoto as palavras que não conheço. Um modelo de linguagem lê o texto como tokens, pequenos pedaços de palavras. Quando o tokenizador conhece bem uma língua, precisa de menos tokens para a mesma frase. Ontem choveu, então ficamos em casa, fizemos sopa e jogamos cartas.',
  },
  {
    code: 'it',
    name: { en: 'Italian', zh: '意大利语' },
    text: 'Imparare una nuova lingua richiede pazienza. Ogni mattina leggo un breve articolo e annoto le parole che non conosco. Un modello linguistico legge il testo come token, piccoli pezzi di parole. Quando il tokenizzatore conosce bene una lingua, gli servono meno token per la stessa frase. Ieri ha piovuto, così siamo rimasti a casa, abbiamo cucinato una zuppa e giocato a carte.',
  },
  {
    code: 'de',
    name: { en: 'German', zh: '德语' },
    text: 'Eine neue Sprache zu lernen erfordert Geduld. Jeden Morgen lese ich einen kurzen Artikel und schreibe die Wörter auf, die ich nicht kenne. Ein Sprachmodell liest Text als Tokens, kleine Stücke von Wörtern. Wenn der Tokenizer eine Sprache gut kennt, braucht er für denselben Satz weniger Tokens. Gestern hat es geregnet, also sind wir zu Hause geblieben, haben Suppe gekocht und Karten gespielt.',
  },
  {
    code: 'es',
    name: { en: 'Spanish', zh: '西班牙语' },
    text: 'Aprender un idioma nuevo requiere paciencia. Cada mañana leo un artículo corto y apunto las palabras que no conozco. Un modelo de lenguaje lee el texto como tokens, pequeños trozos de palabras. Cuando el tokenizador conoce bien un idioma, necesita menos tokens para la misma frase. Ayer llovió, así que nos quedamos en casa, preparamos sopa y jugamos a las cartas.',
  },
  {
    code: 'fr',
    name: { en: 'French', zh: '法语' },
    text: 'Apprendre une nouvelle langue demande de la patience. Chaque matin, je lis un court article et je note les mots que je ne connais pas. Un modèle de langage lit le texte sous forme de jetons, de petits morceaux de mots. Quand le tokeniseur connaît bien une langue, il lui faut moins de jetons pour la même phrase. Hier, il a plu, alors nous sommes restés à la maison, nous avons fait une soupe et joué aux cartes.',
  },
  {
    code: 'en',
    name: { en: 'English', zh: '英语' },
    text: 'Learning a new language takes patience. Every morning I read a short article and write down the words I do not know. A language model reads text as tokens, small pieces of words. When the tokenizer knows a language well, it needs fewer tokens for the same sentence. Yesterday it rained, so we stayed home, cooked soup and played cards.',
  },
  {
    code: 'code',
    name: { en: 'Code (TypeScript and Python)', zh: '代码（TypeScript 与 Python）' },
    text: TYPESCRIPT + '\n' + PYTHON,
  },
];
