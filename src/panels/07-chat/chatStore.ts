/**
 * The chat's history and system prompt, persisted in localStorage (chatStorage.ts). Stored data
 * that does not pass its checks is removed with a notice, never drawn, so a crash cannot repeat
 * on the same data.
 */
import { create } from 'zustand';
import { CHAT_KEY, parseStored, serializeStored, type ChatTurn } from './chatStorage.ts';

export type { ChatTurn } from './chatStorage.ts';

interface ChatState {
  /** The visitor's system prompt, or null for the default in the page's language. */
  system: string | null;
  turns: ChatTurn[];
  /** The reply being generated (not persisted). */
  live: ChatTurn | null;
  /** Set when stored history could not be read (or drawn) and was reset. */
  reset: boolean;
  setSystem: (s: string | null) => void;
  setTurns: (f: (t: ChatTurn[]) => ChatTurn[]) => void;
  setLive: (live: ChatTurn | null) => void;
  /** Ends a generation: the final history and no live reply, in one update (no double turn). */
  commit: (turns: ChatTurn[]) => void;
  /** Empties the history and the live reply. */
  clear: () => void;
  /** Drops history that could not be drawn, with the reset notice. */
  discard: () => void;
  dismissReset: () => void;
}

/** The system prompts the tiny model saw in SFT (src/corpus/build.ts), by page language. */
export const DEFAULT_SYSTEM = {
  en: 'You are a friendly tutor who explains the Qwen technical report in short answers.',
  zh: '你是一位友好的助教，用简短的回答讲解 Qwen 技术报告。',
};

/** The default system prompt for an i18next language code ('zh-CN' → Chinese). */
export function defaultSystem(language: string): string {
  return language.startsWith('zh') ? DEFAULT_SYSTEM.zh : DEFAULT_SYSTEM.en;
}

function removeStored() {
  try {
    localStorage.removeItem(CHAT_KEY);
  } catch {
    /* storage unavailable */
  }
}

function readStored(): { system: string | null; turns: ChatTurn[]; reset: boolean } {
  let raw: string | null;
  try {
    raw = localStorage.getItem(CHAT_KEY);
  } catch {
    return { system: null, turns: [], reset: false };
  }
  if (raw === null) return { system: null, turns: [], reset: false };
  const stored = parseStored(raw);
  if (stored) return { ...stored, reset: false };
  removeStored();
  return { system: null, turns: [], reset: true };
}

function write(system: string | null, turns: ChatTurn[]) {
  try {
    localStorage.setItem(CHAT_KEY, serializeStored({ system, turns }));
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
    set({ turns: [], live: null });
    write(get().system, []);
  },
  discard: () => {
    removeStored();
    set({ system: null, turns: [], live: null, reset: true });
  },
  dismissReset: () => set({ reset: false }),
}));
