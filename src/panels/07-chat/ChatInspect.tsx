/**
 * The chat's Inspect view: a token of a reply, opened from its alternatives, looked at inside
 * the TS model loaded from the same model folder the chat runs. The reply's exact sequence is
 * rebuilt from the history (inspectPrompt.ts); the chat worker hands over the logits
 * transformers.js wrote the reply with, for the agreement figure. URL state: `insp` =
 * "turn.step" (both counted from 0), `iview`, `ilayer`, `ihead` (−1 = average of heads).
 */
import { createContext, useCallback, useEffect, useMemo, useRef } from 'react';
import type { Remote } from 'comlink';
import { useTranslation } from 'react-i18next';
import type { ChatEngine, LoadRequest } from '../../runtime/chatTypes.ts';
import type { ChatTurn } from './chatStore.ts';
import type { InspectSource, ReferenceLogits } from '../../runtime/inspect.worker.ts';
import { replySequence, type ReplySequence } from './inspectPrompt.ts';
import { InspectView, type InspectTab } from '../../ui/inspect/InspectView.tsx';
import { identityKey, useAsync } from '../../ui/useAsync.ts';

/** Opens Inspect on step `step` of turn `turn`; null where Inspect is not available. */
export const InspectOpener = createContext<((turn: number, step: number) => void) | null>(null);

/** The model folder behind a chat load request, for the TS model; null for a Hub model. */
export function inspectSourceOf(req: LoadRequest): InspectSource | null {
  // A folder opened from disk or trained in the Train lab: the same files, read by the TS model.
  if (req.kind === 'files') return { kind: 'files', files: Object.fromEntries(req.files) };
  if (req.kind !== 'local') return null;
  return { kind: 'url', base: new URL(`${req.modelRoot}${req.modelId}/`, location.href).href };
}

/** "3.5" → turn 3, step 5; anything else → null. */
export function parseInspectKey(v: string): { turn: number; step: number } | null {
  const m = /^(\d{1,3})\.(\d{1,4})$/.exec(v);
  return m ? { turn: Number(m[1]), step: Number(m[2]) } : null;
}

export interface ChatInspectState {
  insp: string;
  iview: InspectTab;
  ilayer: number;
  ihead: number;
}

export function ChatInspect({
  turns,
  system,
  remote,
  request,
  state,
  setState,
}: {
  turns: ChatTurn[];
  system: string;
  remote: React.RefObject<Remote<ChatEngine> | null>;
  request: LoadRequest;
  state: ChatInspectState;
  setState: (patch: Partial<ChatInspectState>) => void;
}) {
  const { t } = useTranslation('inspect');
  const key = parseInspectKey(state.insp);
  const turn = key ? turns[key.turn] : undefined;
  const source = useMemo(() => inspectSourceOf(request), [request]);
  const box = useRef<HTMLDivElement>(null);
  const engine = remote.current;
  const turnIndex = key ? key.turn : -1;

  // A reply's sequence is put together once per turn (a later turn or an edited system prompt
  // does not change what that reply was written from).
  const res = useAsync<{ turn: ChatTurn; s: ReplySequence }>(
    turnIndex >= 0 && turn && engine ? `${turnIndex}|${identityKey(turn)}` : null,
    turn && engine
      ? () =>
          replySequence(turns, turnIndex, system, (m) => engine.prepare(m)).then((s) => ({
            turn,
            s,
          }))
      : null,
    0,
  );
  const seq = res.value;
  // The error of an earlier attempt is not shown while the next one runs.
  const seqError = res.busy ? null : res.error;

  useEffect(() => {
    box.current?.scrollIntoView({ block: 'nearest' });
  }, [state.insp]);

  const s = seq && seq.turn === turn ? seq.s : null;
  const reference = useCallback(async (): Promise<ReferenceLogits> => {
    if (!s || !engine) throw new Error('the chat model is not loaded');
    const r = await engine.replyLogits(s.ids, s.promptLength - 1);
    return { from: s.promptLength - 1, rows: r.rows, source: r.source };
  }, [s, engine]);

  if (!key) return null;
  if (!turn || turn.role !== 'assistant' || !turn.steps || turn.steps.length === 0) {
    return null;
  }
  const n = turn.steps.length;
  const step = Math.min(key.step, n - 1);
  const first = s ? s.promptLength - 1 : 0;
  return (
    <div ref={box}>
      <InspectView
        source={source}
        ids={s ? s.ids : null}
        idsError={seqError}
        first={first}
        last={first + n - 1}
        strip="next"
        position={first + step}
        onPosition={(p) => setState({ insp: `${key.turn}.${p - first}` })}
        reference={reference}
        view={state.iview}
        layer={state.ilayer}
        head={state.ihead}
        onChange={(patch) =>
          setState({
            ...(patch.view ? { iview: patch.view } : {}),
            ...(patch.layer !== undefined ? { ilayer: patch.layer } : {}),
            ...(patch.head !== undefined ? { ihead: patch.head } : {}),
          })
        }
        onClose={() => setState({ insp: '' })}
        title={t('chatTitle', {
          reply: turns.slice(0, key.turn + 1).filter((x) => x.role === 'assistant').length,
          step: step + 1,
        })}
      />
    </div>
  );
}
