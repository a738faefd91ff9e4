/**
 * Hugging Face `tokenizer.json` ⇄ BpeVocab: a loader for Qwen-style byte-level BPE and
 * LLaMA-2-style SentencePiece BPE with byte fallback, and an exporter for our own trained
 * vocabularies (plus the matching `tokenizer_config.json`).
 *
 * The loader takes the already parsed JSON object (the caller fetches or reads the file); it
 * recognizes the two pipelines we use and throws on anything else rather than guessing.
 * Exported pipeline (README, The tiny Qwen): NFC → Split(Qwen regex, isolated) → ByteLevel → BPE,
 * with the ByteLevel decoder, so @huggingface/tokenizers and transformers.js load it and
 * encode exactly as BpeTokenizer does.
 * Deliberately left out: WordPiece/Unigram models, other normalizers and pre-tokenizers,
 * post-processor templates (we add no BOS/EOS), truncation and padding settings.
 */
import { ByteTable } from './byteTable.ts';
import { BYTE_TO_UNICODE, bytesToTokenString, tokenStringToBytes } from './byteUnicode.ts';
import { encodeUtf8 } from './utf8.ts';
import { buildVocab, type AddedToken, type BpeVocab } from './vocab.ts';

/** Qwen2's split regex exactly as written in its tokenizer.json (Rust/Oniguruma syntax). */
export const QWEN_SPLIT_REGEX =
  "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";

/** The ChatML template of Qwen2 (the Qwen report and Hugging Face Qwen2 code), in Jinja as tokenizer_config.json wants. */
export const CHATML_TEMPLATE =
  "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n'}}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

type Json = Record<string, unknown>;

function obj(x: unknown, what: string): Json {
  if (x === null || typeof x !== 'object' || Array.isArray(x)) {
    throw new Error(`tokenizer.json: ${what} must be an object`);
  }
  return x as Json;
}

/**
 * Parsed tokenizer.json → BpeVocab.
 *   loadHfTokenizerJson(JSON.parse(qwenTokenizerJsonText), 'Qwen')
 *     → 151,669 ids (151,643 BPE + 26 added), scheme 'qwen'
 */
export function loadHfTokenizerJson(json: unknown, name = 'tokenizer.json'): BpeVocab {
  const root = obj(json, 'the file');
  const model = obj(root.model, 'model');
  if (model.type !== 'BPE')
    throw new Error(`tokenizer.json: model.type '${String(model.type)}' is not BPE`);
  const vocabObj = obj(model.vocab, 'model.vocab');
  const mergesRaw = model.merges;
  if (!Array.isArray(mergesRaw)) throw new Error('tokenizer.json: model.merges must be an array');
  const addedRaw = Array.isArray(root.added_tokens) ? root.added_tokens : [];
  const scheme = detectScheme(root);
  const byteFallback = model.byte_fallback === true;
  if ((scheme === 'llama2') !== byteFallback) {
    throw new Error(
      'tokenizer.json: byte_fallback is supported only with the SentencePiece pipeline',
    );
  }

  const strToId = new Map<string, number>();
  let size = 0;
  const keys = Object.keys(vocabObj); // subtle: much faster than Object.entries at 151K keys
  for (let i = 0; i < keys.length; i++) {
    const str = keys[i];
    const id = vocabObj[str];
    if (typeof id !== 'number' || !Number.isInteger(id) || id < 0) {
      throw new Error(`tokenizer.json: bad id for token '${str}'`);
    }
    strToId.set(str, id);
    if (id + 1 > size) size = id + 1;
  }
  const addedTokens: AddedToken[] = addedRaw.map((t: unknown, i: number) => {
    const a = obj(t, `added_tokens[${i}]`);
    if (typeof a.id !== 'number' || typeof a.content !== 'string') {
      throw new Error(`tokenizer.json: added_tokens[${i}] needs id and content`);
    }
    if (a.id + 1 > size) size = a.id + 1;
    return { id: a.id, text: a.content, special: a.special === true };
  });

  const tokenStrings: string[] = new Array(size).fill('');
  const tokenBytes: Uint8Array[] = new Array(size).fill(new Uint8Array(0));
  for (const [str, id] of strToId) {
    tokenStrings[id] = str;
    tokenBytes[id] = byteFallback ? sentencePieceBytes(str) : tokenStringToBytes(str);
  }
  for (const t of addedTokens) {
    tokenStrings[t.id] = t.text;
    tokenBytes[t.id] = encodeUtf8(t.text);
  }

  const byteIds = new Int32Array(256).fill(-1);
  let charIds: Map<string, number> | null = null;
  if (byteFallback) {
    for (let b = 0; b < 256; b++) {
      byteIds[b] = strToId.get(`<0x${b.toString(16).toUpperCase().padStart(2, '0')}>`) ?? -1;
    }
    charIds = new Map();
    for (const [str, id] of strToId) {
      if (str.length === 1 || (str.length === 2 && (str.codePointAt(0) as number) > 0xffff)) {
        charIds.set(str, id);
      }
    }
  } else {
    for (let b = 0; b < 256; b++) byteIds[b] = strToId.get(BYTE_TO_UNICODE[b]) ?? -1;
  }

  const m = mergesRaw.length;
  const left = new Int32Array(m);
  const right = new Int32Array(m);
  const merged = new Int32Array(m);
  const rank = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    const entry: unknown = mergesRaw[k];
    let a: string;
    let b: string;
    if (typeof entry === 'string') {
      const sp = entry.indexOf(' ');
      if (sp <= 0) throw new Error(`tokenizer.json: merge ${k} '${entry}' is not "a b"`);
      a = entry.slice(0, sp);
      b = entry.slice(sp + 1);
    } else if (Array.isArray(entry) && entry.length === 2) {
      [a, b] = entry as [string, string];
    } else throw new Error(`tokenizer.json: merge ${k} is neither "a b" nor [a, b]`);
    const l = strToId.get(a);
    const r = strToId.get(b);
    const mm = strToId.get(a + b);
    if (l === undefined || r === undefined || mm === undefined) {
      throw new Error(`tokenizer.json: merge ${k} (${a} ${b}) uses a token missing from the vocab`);
    }
    left[k] = l;
    right[k] = r;
    merged[k] = mm;
    rank[k] = k;
  }

  // ignore_merges (LLaMA-3 style): a chunk that is itself a vocabulary token is emitted whole.
  // Subtle: the lookup is on the normalized chunk's UTF-8, i.e. the token's own spelling.
  const wholeTokens =
    model.ignore_merges === true
      ? new ByteTable(
          byteFallback ? tokenStrings.map((str) => encodeUtf8(str)) : tokenBytes,
          (id) => !addedTokens.some((t) => t.id === id),
        )
      : null;
  const unk = typeof model.unk_token === 'string' ? (strToId.get(model.unk_token) ?? -1) : -1;

  return buildVocab({
    name,
    scheme,
    size,
    tokenBytes,
    tokenStrings,
    byteIds,
    charIds,
    merges: { left, right, merged, rank },
    wholeTokens,
    addedTokens,
    decoder: scheme === 'llama2' ? 'sentencepiece' : 'byte-level',
    unkId: unk,
  });
}

/** SentencePiece token → bytes: "<0x0A>" → [0x0A]; "▁the" → " the". */
function sentencePieceBytes(str: string): Uint8Array {
  const m = /^<0x([0-9A-F]{2})>$/.exec(str);
  if (m !== null) return Uint8Array.of(parseInt(m[1], 16));
  return encodeUtf8(str.replace(/\u2581/g, ' '));
}

function detectScheme(root: Json): 'qwen' | 'llama2' {
  const norm = root.normalizer as Json | null | undefined;
  const pre = root.pre_tokenizer as Json | null | undefined;
  const split =
    pre && pre.type === 'Sequence' && Array.isArray(pre.pretokenizers) ? pre.pretokenizers : [];
  const first = split[0] as Json | undefined;
  const pattern = first && first.type === 'Split' ? (first.pattern as Json | undefined) : undefined;
  if (pattern && pattern.Regex === QWEN_SPLIT_REGEX && norm && norm.type === 'NFC') return 'qwen';
  if (
    (pre === null || pre === undefined) &&
    norm &&
    norm.type === 'Sequence' &&
    JSON.stringify(norm.normalizers) ===
      JSON.stringify([
        { type: 'Prepend', prepend: '\u2581' },
        { type: 'Replace', pattern: { String: ' ' }, content: '\u2581' },
      ])
  ) {
    return 'llama2';
  }
  throw new Error(
    'tokenizer.json: unsupported pipeline (expected NFC + Split(Qwen regex) + ByteLevel, ' +
      'or LLaMA-2 style Prepend("▁") + Replace(" ", "▁") with byte fallback)',
  );
}

/**
 * A byte-level BpeVocab (scheme 'qwen', merges in rank order) → a tokenizer.json object.
 * Throws if two ids spell the same token (a tokenizer.json vocab maps strings to ids).
 *   JSON.stringify(exportTokenizerJson(trainBpe(text, 2000, opts).vocab))
 */
export function exportTokenizerJson(vocab: BpeVocab): Record<string, unknown> {
  if (vocab.scheme !== 'qwen' || vocab.charIds !== null) {
    throw new Error(
      'exportTokenizerJson: only byte-level vocabularies with the Qwen split are exported',
    );
  }
  const added = new Map(vocab.addedTokens.map((t) => [t.id, t]));
  const vocabOut: Record<string, number> = {};
  for (let id = 0; id < vocab.size; id++) {
    if (added.has(id)) continue;
    const s = bytesToTokenString(vocab.tokenBytes[id]);
    if (s.length === 0) continue;
    if (Object.prototype.hasOwnProperty.call(vocabOut, s)) {
      throw new Error(
        `exportTokenizerJson: ids ${vocabOut[s]} and ${id} are the same token '${s}'`,
      );
    }
    vocabOut[s] = id;
  }
  const { left, right, rank } = vocab.merges;
  const merges: string[] = [];
  const seen = new Set<string>();
  for (let k = 0; k < left.length; k++) {
    if (rank[k] !== k) {
      throw new Error('exportTokenizerJson: merges must be in rank order 0, 1, 2 …');
    }
    // subtle: a repeated pair keeps its first (lowest) rank, as PairTable does
    const pairKey = `${left[k]},${right[k]}`;
    if (seen.has(pairKey)) continue;
    seen.add(pairKey);
    const a = bytesToTokenString(vocab.tokenBytes[left[k]]);
    const b = bytesToTokenString(vocab.tokenBytes[right[k]]);
    merges.push(`${a} ${b}`);
  }
  const byteLevel = {
    type: 'ByteLevel',
    add_prefix_space: false,
    trim_offsets: false,
    use_regex: false,
  };
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: vocab.addedTokens.map((t) => ({
      id: t.id,
      content: t.text,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: t.special,
    })),
    normalizer: { type: 'NFC' },
    pre_tokenizer: {
      type: 'Sequence',
      pretokenizers: [
        {
          type: 'Split',
          pattern: { Regex: QWEN_SPLIT_REGEX },
          behavior: 'Isolated',
          invert: false,
        },
        byteLevel,
      ],
    },
    post_processor: byteLevel,
    decoder: byteLevel,
    model: {
      type: 'BPE',
      dropout: null,
      unk_token: null,
      continuing_subword_prefix: '',
      end_of_word_suffix: '',
      fuse_unk: false,
      byte_fallback: false,
      ignore_merges: false,
      vocab: vocabOut,
      merges,
    },
  };
}

export interface TokenizerConfigOptions {
  /** Jinja chat template; default CHATML_TEMPLATE. */
  chatTemplate?: string;
  /** Default '<|im_end|>' (what ends an assistant turn). */
  eosToken?: string;
  /** Default '<|endoftext|>'. */
  padToken?: string;
  /** The training context, e.g. 256. */
  modelMaxLength: number;
}

/**
 * tokenizer_config.json for a vocabulary exported by exportTokenizerJson, read by
 * transformers.js as a Qwen2Tokenizer. The eos and pad tokens must be added tokens.
 */
export function buildTokenizerConfig(
  vocab: BpeVocab,
  options: TokenizerConfigOptions,
): Record<string, unknown> {
  const eos = options.eosToken ?? '<|im_end|>';
  const pad = options.padToken ?? '<|endoftext|>';
  for (const t of [eos, pad]) {
    if (!vocab.addedTokens.some((a) => a.text === t)) {
      throw new Error(`buildTokenizerConfig: '${t}' is not an added token of the vocabulary`);
    }
  }
  if (!(Number.isInteger(options.modelMaxLength) && options.modelMaxLength > 0)) {
    throw new Error('buildTokenizerConfig: modelMaxLength must be a positive integer');
  }
  const decoder: Record<string, unknown> = {};
  for (const t of vocab.addedTokens) {
    decoder[String(t.id)] = {
      content: t.text,
      lstrip: false,
      normalized: false,
      rstrip: false,
      single_word: false,
      special: t.special,
    };
  }
  return {
    add_bos_token: false,
    add_prefix_space: false,
    added_tokens_decoder: decoder,
    additional_special_tokens: vocab.addedTokens
      .filter((t) => t.special && t.text !== pad)
      .map((t) => t.text),
    bos_token: null,
    chat_template: options.chatTemplate ?? CHATML_TEMPLATE,
    clean_up_tokenization_spaces: false,
    eos_token: eos,
    errors: 'replace',
    model_max_length: options.modelMaxLength,
    pad_token: pad,
    split_special_tokens: false,
    tokenizer_class: 'Qwen2Tokenizer',
    unk_token: null,
  };
}
