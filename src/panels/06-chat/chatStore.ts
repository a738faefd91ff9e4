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
  system: string;
  turns: ChatTurn[];
  /** The reply being generated (not persisted). */
  live: ChatTurn | null;
  /** Set when stored history could not be read and was reset. */
  reset: boolean;
  setSystem: (s: string) => void;
  setTurns: (f: (t: ChatTurn[]) => ChatTurn[]) => void;
  setLive: (live: ChatTurn | null) => void;
  /** Ends a generation: the final history and no live reply, in one update (no double turn). */
  commit: (turns: ChatTurn[]) => void;
  clear: () => void;
  dismissReset: () => void;
}

/** The English system prompt the tiny model saw in SFT (scripts/corpus/build.ts). */
export const DEFAULT_SYSTEM =
  'You are a friendly tutor who explains the Qwen technical report in short answers.';

function validTurn(x: unknown): x is ChatTurn {
  if (!x || typeof x !== 'object') return false;
  const t = x as Record<string, unknown>;
  return (t.role === 'user' || t.role === 'assistant') && typeof t.content === 'string';
}

function readStored(): { system: string; turns: ChatTurn[]; reset: boolean } {
  let raw: string | null;
  try {
    raw = localStorage.getItem(CHAT_KEY);
  } catch {
    return { system: DEFAULT_SYSTEM, turns: [], reset: false };
  }
  if (raw === null) return { system: DEFAULT_SYSTEM, turns: [], reset: false };
  try {
    const v = JSON.parse(raw) as { version?: unknown; system?: unknown; turns?: unknown };
    if (
      v.version !== CHAT_VERSION ||
      typeof v.system !== 'string' ||
      !Array.isArray(v.turns) ||
      !v.turns.every(validTurn)
    ) {
      throw new Error('unexpected shape');
    }
    return { system: v.system, turns: v.turns, reset: false };
  } catch {
    try {
      localStorage.removeItem(CHAT_KEY);
    } catch {
      /* storage unavailable */
    }
    return { system: DEFAULT_SYSTEM, turns: [], reset: true };
  }
}

function write(system: string, turns: ChatTurn[]) {
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
