/**
 * The chat's history and system prompt, persisted in localStorage with a schema version.
 * Stored data that is corrupt or from another version is dropped with a notice, never a crash.
 */
import { create } from 'zustand';
import type { StepEvent, GenerateResult } from '../../runtime/chatTypes.ts';

export interface ChatTurn {
  role: 'user' | 'assistant';
  content: string;
  /** For assistant turns: every generated token with its alternatives. */
  steps?: StepEvent[];
  stats?: Omit<GenerateResult, 'text' | 'steps'>;
}

export const CHAT_KEY = 'qip.chat';
export const CHAT_VERSION = 1;
/** Keep storage bounded: the newest turns only. */
const MAX_STORED_TURNS = 60;

interface ChatState {
  /** The visitor's system prompt, or null for the default in the page's language. */
  system: string | null;
  turns: ChatTurn[];
  /** The reply being generated (not persisted). */
  live: ChatTurn | null;
  /** Set when stored history could not be read and was reset. */
  reset: boolean;
  setSystem: (s: string | null) => void;
  setTurns: (f: (t: ChatTurn[]) => ChatTurn[]) => void;
  setLive: (live: ChatTurn | null) => void;
  /** Ends a generation: the final history and no live reply, in one update (no double turn). */
  commit: (turns: ChatTurn[]) => void;
  clear: () => void;
  dismissReset: () => void;
}

/** The system prompts the tiny model saw in SFT (scripts/corpus/build.ts), by page language. */
export const DEFAULT_SYSTEM = {
  en: 'You are a friendly tutor who explains the Qwen technical report in short answers.',
  zh: '你是一位友好的助教，用简短的回答讲解 Qwen 技术报告。',
};

/** The default system prompt for an i18next language code ('zh-CN' → Chinese). */
export function defaultSystem(language: string): string {
  return language.startsWith('zh') ? DEFAULT_SYSTEM.zh : DEFAULT_SYSTEM.en;
}

function validTurn(x: unknown): x is ChatTurn {
  if (!x || typeof x !== 'object') return false;
  const t = x as Record<string, unknown>;
  return (t.role === 'user' || t.role === 'assistant') && typeof t.content === 'string';
}

function readStored(): { system: string | null; turns: ChatTurn[]; reset: boolean } {
  let raw: string | null;
  try {
    raw = localStorage.getItem(CHAT_KEY);
  } catch {
    return { system: null, turns: [], reset: false };
  }
  if (raw === null) return { system: null, turns: [], reset: false };
  try {
    const v = JSON.parse(raw) as { version?: unknown; system?: unknown; turns?: unknown };
    if (
      v.version !== CHAT_VERSION ||
      (typeof v.system !== 'string' && v.system !== null) ||
      !Array.isArray(v.turns) ||
      !v.turns.every(validTurn)
    ) {
      throw new Error('unexpected shape');
    }
    return { system: v.system as string | null, turns: v.turns, reset: false };
  } catch {
    try {
      localStorage.removeItem(CHAT_KEY);
    } catch {
      /* storage unavailable */
    }
    return { system: null, turns: [], reset: true };
  }
}

function write(system: string | null, turns: ChatTurn[]) {
  try {
    localStorage.setItem(
      CHAT_KEY,
      JSON.stringify({ version: CHAT_VERSION, system, turns: turns.slice(-MAX_STORED_TURNS) }),
    );
  } catch {
    /* quota exceeded or privacy mode: the chat still works, unsaved */
  }
}

export const useChatStore = create<ChatState>()((set, get) => ({
  ...readStored(),
  live: null,
  setLive: (live) => set({ live }),
  commit: (turns) => {
    set({ turns, live: null });
    write(get().system, turns);
  },
  setSystem: (system) => {
    set({ system });
    write(system, get().turns);
  },
  setTurns: (f) => {
    const turns = f(get().turns);
    set({ turns });
    write(get().system, turns);
  },
  clear: () => {
    set({ turns: [] });
    write(get().system, []);
  },
  dismissReset: () => set({ reset: false }),
}));
