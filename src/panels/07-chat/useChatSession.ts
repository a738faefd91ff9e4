/**
 * The chat's conversation logic, apart from its controls: sending, regenerating, stopping and
 * clearing; fitting the history into the model's context (context.ts); a fresh sampling seed
 * for every reply unless the visitor fixed one; and one account of the prompt that was sent,
 * which the context notice and Under the hood both read.
 *
 * A reply that is still being written when the visitor leaves the lab or the page is kept,
 * marked as stopped ('left'); Clear discards what is on screen, a reply in progress included.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { proxy, type Remote } from 'comlink';
import { useShallow } from 'zustand/react/shallow';
import type { ChatEngine, PreparedPrompt, StepEvent } from '../../runtime/chatTypes.ts';
import type { SamplingOptions } from '../../model/sampling.ts';
import { useChatStore, type ChatTurn } from './chatStore.ts';
import { fitHistory, PromptTooLong, type FittedPrompt } from './context.ts';

/** The prompt of the last reply of this visit, as sent. */
export interface SentPrompt {
  prompt: PreparedPrompt;
  /** Whole exchanges left out of it… */
  dropped: number;
  /** …which are the history's first `leftOut` turns. */
  leftOut: number;
}

/** What Under the hood shows: the prompt of the last reply, or the one the next reply gets. */
export type HoodView =
  | { kind: 'sent'; prompt: PreparedPrompt; reply: StepEvent[]; dropped: number }
  | { kind: 'next'; prompt: PreparedPrompt; dropped: number };

export interface SessionOptions {
  remote: React.RefObject<Remote<ChatEngine> | null>;
  ready: boolean;
  contextLength: number;
  system: string;
  sampling: SamplingOptions;
  maxNew: number;
  /** The seed field: digits fix the seed, anything else draws a fresh one for every reply. */
  seedField: string;
  /** Readable text for a prompt that does not fit even alone. */
  tooLong: (n: number, ctx: number) => string;
}

interface InFlight {
  history: ChatTurn[];
  steps: StepEvent[];
  content: string;
  promptTokens: number;
  seed?: number;
}

/** A fixed seed from the field, or a fresh 32-bit one. */
export function seedFrom(field: string): number {
  if (/^\d{1,10}$/.test(field) && Number(field) <= 0xffffffff) return Number(field);
  return crypto.getRandomValues(new Uint32Array(1))[0];
}

/** The stats of a reply cut short, from the steps that were written. */
function partialStats(
  f: InFlight,
  stopReason: 'left' | 'unloaded',
): NonNullable<ChatTurn['stats']> {
  const first = f.steps[0]?.elapsedMs ?? 0;
  const lastMs = f.steps[f.steps.length - 1]?.elapsedMs ?? 0;
  const n = f.steps.length;
  return {
    stopReason,
    promptTokens: f.promptTokens,
    newTokens: n,
    ttftMs: first,
    tokensPerSecond: n > 1 && lastMs > first ? ((n - 1) * 1000) / (lastMs - first) : 0,
    modelMs: 0,
    totalMs: lastMs,
    ...(f.seed === undefined ? {} : { seed: f.seed }),
  };
}

export function useChatSession(o: SessionOptions) {
  // Not the live reply: a streaming token must not redraw the panel (Transcript reads it).
  const { turns, setTurns, setLive, commit, clearStore } = useChatStore(
    useShallow((s) => ({
      turns: s.turns,
      setTurns: s.setTurns,
      setLive: s.setLive,
      commit: s.commit,
      clearStore: s.clear,
    })),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<SentPrompt | null>(null);
  const [next, setNext] = useState<FittedPrompt | null>(null);
  const stopRequested = useRef(false);
  /** Bumped by Clear and by leaving: a generation of an older epoch commits nothing. */
  const epoch = useRef(0);
  const inflight = useRef<InFlight | null>(null);
  const { remote, ready, contextLength, system, maxNew } = o;

  const prepare = useCallback(
    (messages: Parameters<ChatEngine['prepare']>[0]) => {
      const api = remote.current;
      if (!api) return Promise.reject(new Error('the model is not loaded'));
      return api.prepare(messages);
    },
    [remote],
  );

  // Under the hood before any reply of this visit: the prompt the next reply starts from.
  useEffect(() => {
    if (!ready || busy || sent) return;
    let current = true;
    const timer = setTimeout(() => {
      fitHistory(turns, system, prepare, contextLength, maxNew).then(
        (f) => current && setNext(f),
        () => current && setNext(null),
      );
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [ready, busy, sent, turns, system, prepare, contextLength, maxNew]);

  /** Keeps the reply in progress, marked as cut short (the visitor left, or the model went). */
  const keepPartial = useCallback(
    (why: 'left' | 'unloaded') => {
      const f = inflight.current;
      if (!f) return;
      inflight.current = null;
      epoch.current++;
      // stopping a worker that has died needs no answer
      remote.current?.stop().catch(() => undefined);
      commit([
        ...f.history,
        { role: 'assistant', content: f.content, steps: f.steps, stats: partialStats(f, why) },
      ]);
    },
    [commit, remote],
  );

  useEffect(() => {
    const left = () => keepPartial('left');
    window.addEventListener('pagehide', left);
    return () => {
      window.removeEventListener('pagehide', left);
      left();
    };
  }, [keepPartial]);

  // A worker that crashed or was replaced never answers the call in flight: keep what was
  // written and end the generation, so nothing waits forever.
  useEffect(() => {
    if (ready) return;
    if (inflight.current) keepPartial('unloaded');
    epoch.current++;
    setLive(null);
    setBusy(false);
  }, [ready, keepPartial, setLive]);

  const run = async (history: ChatTurn[]) => {
    const api = remote.current;
    if (!api) return;
    const mine = ++epoch.current;
    setBusy(true);
    setError(null);
    stopRequested.current = false;
    try {
      const fit = await fitHistory(history, system, prepare, contextLength, maxNew);
      if (mine !== epoch.current) return;
      setSent({
        prompt: fit.prompt,
        dropped: fit.dropped,
        leftOut: history.length - fit.kept.length,
      });
      if (stopRequested.current) return;
      const seed = seedFrom(o.seedField);
      const greedy = o.sampling.temperature === 0;
      const f: InFlight = {
        history,
        steps: [],
        content: '',
        promptTokens: fit.prompt.tokens.length,
        ...(greedy ? {} : { seed }),
      };
      inflight.current = f;
      // Streamed steps travel on their own message port and may arrive after the result:
      // they only feed the live view, and none is taken once the result is in.
      let finished = false;
      let frame = 0;
      setLive({ role: 'assistant', content: '', steps: [] });
      const stats = await api.generate(
        { messages: fit.messages, sampling: o.sampling, maxNewTokens: fit.room, seed },
        proxy((batch: StepEvent[]) => {
          if (finished || mine !== epoch.current) return;
          for (const s of batch) {
            f.steps.push(s);
            f.content += s.textDelta;
          }
          // Draw at most once per frame, however fast tokens arrive.
          if (frame === 0) {
            frame = requestAnimationFrame(() => {
              frame = 0;
              if (!finished && mine === epoch.current)
                setLive({ role: 'assistant', content: f.content, steps: [...f.steps] });
            });
          }
        }),
      );
      finished = true;
      cancelAnimationFrame(frame);
      if (mine !== epoch.current) return;
      inflight.current = null;
      const { text, steps, ...rest } = stats;
      commit([...history, { role: 'assistant', content: text, steps, stats: rest }]);
    } catch (e) {
      if (mine !== epoch.current) return;
      setError(
        e instanceof PromptTooLong ? o.tooLong(e.tokens, e.contextLength) : (e as Error).message,
      );
    } finally {
      if (mine === epoch.current) {
        inflight.current = null;
        setLive(null);
      }
      setBusy(false);
    }
  };

  const send = (text: string) => {
    if (!text || busy || !ready) return;
    const history: ChatTurn[] = [...turns, { role: 'user', content: text }];
    setTurns(() => history);
    void run(history);
  };

  const regenerate = () => {
    if (busy || !ready) return;
    const lastUser = turns.map((x) => x.role).lastIndexOf('user');
    if (lastUser < 0) return;
    const history = turns.slice(0, lastUser + 1);
    setTurns(() => history);
    void run(history);
  };

  const stop = () => {
    stopRequested.current = true;
    // stopping a worker that has died needs no answer
    remote.current?.stop().catch(() => undefined);
  };

  /** Everything on screen goes: history, the reply in progress, notices and errors. */
  const clear = () => {
    epoch.current++;
    inflight.current = null;
    if (busy) stop();
    clearStore();
    setSent(null);
    setNext(null);
    setError(null);
  };

  const last = turns[turns.length - 1];
  const hood: HoodView | null = sent
    ? {
        kind: 'sent',
        prompt: sent.prompt,
        reply: !busy && last?.role === 'assistant' ? (last.steps ?? []) : [],
        dropped: sent.dropped,
      }
    : next
      ? { kind: 'next', prompt: next.prompt, dropped: next.dropped }
      : null;

  return { turns, busy, error, setError, sent, hood, send, regenerate, stop, clear };
}
