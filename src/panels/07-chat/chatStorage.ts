/**
 * The stored chat (localStorage `qip.chat`) and the checks it must pass on read: every field of
 * every turn, step and stats line, within the limits the app itself writes (MAX_STORED_TURNS
 * turns, MAX_STEPS steps a reply, ALTERNATIVES alternatives a step). Anything else is not ours
 * to draw: `parseStored` returns null and the caller resets the chat with a notice.
 *
 *   parseStored('{"version":1,"system":null,"turns":[]}') → { system: null, turns: [] }
 *   parseStored('{"version":1,"system":null,"turns":[{"role":"assistant","content":"hi","steps":"x"}]}') → null
 *
 * Deliberately small hand-written type guards rather than a schema library: the shape is one
 * screen long, and each guard says exactly which limit it enforces.
 * Subtle: a reply stored before seeds were recorded has no `seed`; that is still valid.
 */
import type { GenerateResult, StepEvent, StopReason, TokenInfo } from '../../runtime/chatTypes.ts';

export interface ChatTurn {
  role: 'user' | 'assistant';
  content: string;
  /** For assistant turns: every generated token with its alternatives. */
  steps?: StepEvent[];
  stats?: Omit<GenerateResult, 'text' | 'steps'>;
}

export interface StoredChat {
  /** The visitor's system prompt, or null for the default in the page's language. */
  system: string | null;
  turns: ChatTurn[];
}

export const CHAT_KEY = 'qip.chat';
export const CHAT_VERSION = 1;
/** The app keeps the newest turns only; more than this was not written by it. */
export const MAX_STORED_TURNS = 60;
/** Max new tokens is at most 512 (meta.ts); the reply's steps can be no more. */
export const MAX_STEPS = 512;
/** Each step records the top 10 alternatives (model/sampling.ts). */
const ALTERNATIVES = 10;
/** Longer than any message (4,000 characters) or reply (512 tokens) the app writes. */
const MAX_TEXT = 20_000;

const STOP_REASONS: readonly StopReason[] = ['stop', 'length', 'abort', 'left', 'unloaded'];

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isText = (x: unknown, max = MAX_TEXT): x is string =>
  typeof x === 'string' && x.length <= max;
const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;
const isTime = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;
const isProb = (x: unknown): x is number => typeof x === 'number' && x >= 0 && x <= 1;

function isToken(x: unknown): x is TokenInfo {
  return (
    isObj(x) &&
    isCount(x.id) &&
    isText(x.text, 200) &&
    isText(x.hex, 600) &&
    typeof x.special === 'boolean' &&
    typeof x.partial === 'boolean'
  );
}

function isStep(x: unknown): x is StepEvent {
  return (
    isObj(x) &&
    isToken(x.token) &&
    isProb(x.prob) &&
    Array.isArray(x.alternatives) &&
    x.alternatives.length <= ALTERNATIVES &&
    x.alternatives.every((a: unknown) => isToken(a) && isProb((a as unknown as Obj).prob)) &&
    isText(x.textDelta, 200) &&
    isTime(x.elapsedMs)
  );
}

function isStats(x: unknown): x is NonNullable<ChatTurn['stats']> {
  return (
    isObj(x) &&
    STOP_REASONS.includes(x.stopReason as StopReason) &&
    isCount(x.promptTokens) &&
    isCount(x.newTokens) &&
    x.newTokens <= MAX_STEPS &&
    isTime(x.ttftMs) &&
    isTime(x.tokensPerSecond) &&
    isTime(x.modelMs) &&
    isTime(x.totalMs) &&
    (x.seed === undefined || (isCount(x.seed) && x.seed <= 0xffffffff))
  );
}

function isTurn(x: unknown): x is ChatTurn {
  if (!isObj(x) || !isText(x.content)) return false;
  if (x.role === 'user') return x.steps === undefined && x.stats === undefined;
  if (x.role !== 'assistant') return false;
  if (x.steps !== undefined) {
    if (!Array.isArray(x.steps) || x.steps.length > MAX_STEPS || !x.steps.every(isStep))
      return false;
  }
  return x.stats === undefined || isStats(x.stats);
}

/** The stored chat if every field is one the app writes; null if it must be reset. */
export function parseStored(raw: string): StoredChat | null {
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isObj(v) || v.version !== CHAT_VERSION) return null;
  if (v.system !== null && !isText(v.system)) return null;
  if (!Array.isArray(v.turns) || v.turns.length > MAX_STORED_TURNS || !v.turns.every(isTurn))
    return null;
  return { system: v.system, turns: v.turns };
}

/** What `parseStored` reads back: the newest MAX_STORED_TURNS turns. */
export function serializeStored(chat: StoredChat): string {
  return JSON.stringify({
    version: CHAT_VERSION,
    system: chat.system,
    turns: chat.turns.slice(-MAX_STORED_TURNS),
  });
}
