/**
 * The chat lab (report §3.1): the tiny Qwen in ChatML through transformers.js in a worker, with
 * the exact prompt, the SFT mask and every token's alternatives on view.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { proxy } from 'comlink';
import { registerPanelTexts } from '../../i18n/index.ts';
import type { ChatMessage } from '../../kernels/chatml.ts';
import type { LoadRequest, PreparedPrompt, StepEvent } from '../../runtime/chatTypes.ts';
import { TINY_MODEL_VERSION } from '../../runtime/tinyModel.ts';
import { ByteProgress } from '../../ui/LoadProgress.tsx';
import { PanelError } from '../../ui/PanelBoundary.tsx';
import { Slider } from '../../ui/Slider.tsx';
import { SimpleNotice } from '../../ui/Notice.tsx';
import type { PanelProps } from '../types.ts';
import { defaultSystem, useChatStore, type ChatTurn } from './chatStore.ts';
import { chatSchema } from './meta.ts';
import { RealQwen } from './RealQwen.tsx';
import { Transcript } from './Transcript.tsx';
import { UnderTheHood } from './UnderTheHood.tsx';
import { useChatEngine } from './useChatEngine.ts';
import en from './locales/en.json';
import zh from './locales/zh-CN.json';
import './chat.css';
import { useShallow } from 'zustand/react/shallow';

registerPanelTexts('chat', { en, 'zh-CN': zh });

/** Longest message accepted; longer pastes are cut with a notice. */
const MAX_MESSAGE = 4000;

const TINY: LoadRequest = {
  kind: 'local',
  // A root-relative path: transformers.js treats an http(s) URL as remote, and the worker would
  // resolve a relative path against its own script, not the page.
  modelRoot: new URL(`${import.meta.env.BASE_URL}models/`, document.baseURI).pathname,
  modelId: `tiny-qwen/${TINY_MODEL_VERSION}`,
  dtype: 'fp32',
  device: 'wasm',
};

export default function ChatPanel({ state, setState }: PanelProps<typeof chatSchema>) {
  const { t, i18n } = useTranslation('chat');
  const [request, setRequest] = useState<LoadRequest>(TINY);
  const { state: engine, remote, retry } = useChatEngine(request);
  // Everything but the live reply (Transcript reads that itself): a streaming token must not
  // redraw the controls, the prompt view and the whole history.
  const { turns, reset, setSystem, setTurns, setLive, commit, clear, dismissReset } = useChatStore(
    useShallow((s) => ({
      turns: s.turns,
      reset: s.reset,
      setSystem: s.setSystem,
      setTurns: s.setTurns,
      setLive: s.setLive,
      commit: s.commit,
      clear: s.clear,
      dismissReset: s.dismissReset,
    })),
  );
  // Until the visitor edits it, the system prompt is the one trained in the page's language.
  const system = useChatStore((s) => s.system) ?? defaultSystem(i18n.language);
  const [draft, setDraft] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [prompt, setPrompt] = useState<PreparedPrompt | null>(null);
  const stopRequested = useRef(false);
  const ready = engine.status === 'ready';
  const contextLength = ready ? engine.info.contextLength : 0;

  const messagesOf = useCallback(
    (ts: ChatTurn[]): ChatMessage[] => [
      ...(system.trim() ? [{ role: 'system', content: system }] : []),
      ...ts.map((x) => ({ role: x.role, content: x.content })),
    ],
    [system],
  );

  // Under the hood: the prompt the next reply would see.
  useEffect(() => {
    if (!ready || busy) return;
    let current = true;
    const timer = setTimeout(() => {
      remote.current?.prepare(messagesOf(turns)).then(
        (p) => current && setPrompt(p),
        (e: Error) => current && setError(e.message),
      );
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [ready, busy, turns, messagesOf, remote]);

  const sampling = useMemo(
    () => ({
      temperature: state.temp,
      topK: state.topk || undefined,
      topP: state.topp,
      repetitionPenalty: state.rep,
    }),
    [state.temp, state.topk, state.topp, state.rep],
  );

  const run = async (history: ChatTurn[]) => {
    const api = remote.current;
    if (!api) return;
    setBusy(true);
    setError(null);
    setNotice(null);
    stopRequested.current = false;
    try {
      // A conversation longer than the context loses its oldest turns (the system prompt stays).
      let kept = history;
      let prepared = await api.prepare(messagesOf(kept));
      let dropped = 0;
      while (prepared.tokens.length + Math.min(state.max, 16) > contextLength && kept.length > 1) {
        kept = kept.slice(1);
        dropped++;
        prepared = await api.prepare(messagesOf(kept));
      }
      if (prepared.tokens.length >= contextLength)
        throw new Error(t('tooLong', { n: prepared.tokens.length, ctx: contextLength }));
      if (dropped > 0) setNotice(t('truncated', { n: dropped }));
      if (stopRequested.current) return;
      // Streamed steps travel on their own message port and may arrive after the result:
      // they only feed the live view, and none is taken once the result is in.
      const steps: StepEvent[] = [];
      let content = '';
      let finished = false;
      let frame = 0;
      setLive({ role: 'assistant', content: '', steps: [] });
      const stats = await api.generate(
        { messages: messagesOf(kept), sampling, maxNewTokens: state.max, seed: history.length },
        proxy((batch: StepEvent[]) => {
          if (finished) return;
          for (const s of batch) {
            steps.push(s);
            content += s.textDelta;
          }
          // Draw at most once per frame, however fast tokens arrive.
          if (frame === 0) {
            frame = requestAnimationFrame(() => {
              frame = 0;
              if (!finished) setLive({ role: 'assistant', content, steps: [...steps] });
            });
          }
        }),
      );
      finished = true;
      cancelAnimationFrame(frame);
      const { text, steps: allSteps, ...rest } = stats;
      commit([...history, { role: 'assistant', content: text, steps: allSteps, stats: rest }]);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setLive(null);
      setBusy(false);
    }
  };

  const send = () => {
    const text = draft.trim();
    if (!text || busy || !ready) return;
    if (text.length > MAX_MESSAGE) setNotice(t('cut', { n: MAX_MESSAGE }));
    const history: ChatTurn[] = [...turns, { role: 'user', content: text.slice(0, MAX_MESSAGE) }];
    setTurns(() => history);
    setDraft('');
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
    void remote.current?.stop();
  };

  const loadingLabel =
    request.kind === 'local' ? t('loading.tiny') : t('loading.hub', { model: request.modelId });

  return (
    <div className="chat-panel">
      <p className="lead">{t('intro')}</p>
      {reset && <SimpleNotice text={t('storageReset')} onDismiss={dismissReset} />}
      <div className="controls">
        <Slider
          label={t('controls.temp')}
          value={state.temp}
          min={0}
          max={2}
          step={0.05}
          onChange={(temp) => setState({ temp })}
          hint={t('controls.tempHint')}
          testId="slider-temp"
        />
        <Slider
          label={t('controls.topk')}
          value={state.topk}
          min={0}
          max={200}
          integer
          onChange={(topk) => setState({ topk })}
          hint={t('controls.topkHint')}
        />
        <Slider
          label={t('controls.topp')}
          value={state.topp}
          min={0.05}
          max={1}
          step={0.01}
          onChange={(topp) => setState({ topp })}
        />
        <Slider
          label={t('controls.rep')}
          value={state.rep}
          min={1}
          max={2}
          step={0.01}
          onChange={(rep) => setState({ rep })}
        />
        <Slider
          label={t('controls.max')}
          value={state.max}
          min={1}
          max={512}
          integer
          onChange={(max) => setState({ max })}
        />
      </div>
      <label className="field system-prompt">
        {t('system')}
        <textarea
          value={system}
          rows={2}
          maxLength={MAX_MESSAGE}
          onChange={(e) => setSystem(e.target.value)}
          data-testid="system-prompt"
        />
      </label>

      {engine.status === 'loading' && (
        <ByteProgress
          label={loadingLabel}
          loaded={engine.loaded}
          total={engine.total || undefined}
        />
      )}
      {engine.status === 'error' && (
        <PanelError error={t('loadFailed', { message: engine.message })} onRetry={retry} />
      )}
      {ready && (
        <p className="chat-model" data-testid="model-status">
          {request.kind === 'local'
            ? t('ready.tiny', { ctx: contextLength })
            : t('ready.hub', { model: request.modelId, device: engine.info.device })}
        </p>
      )}

      <Transcript turns={turns} />
      {notice && <SimpleNotice text={notice} onDismiss={() => setNotice(null)} />}
      {error && <PanelError error={error} />}

      <form
        className="composer"
        onSubmit={(e) => {
          e.preventDefault();
          send();
        }}
      >
        <label className="visually-hidden" htmlFor="chat-input">
          {t('input')}
        </label>
        <textarea
          id="chat-input"
          value={draft}
          rows={2}
          placeholder={t('placeholder')}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              send();
            }
          }}
          data-testid="chat-input"
        />
        <div className="row-buttons">
          <button
            type="submit"
            className="primary"
            disabled={!ready || busy || !draft.trim()}
            data-testid="send"
          >
            {t('send')}
          </button>
          <button type="button" onClick={stop} disabled={!busy} data-testid="stop">
            {t('stopButton')}
          </button>
          <button
            type="button"
            onClick={regenerate}
            disabled={!ready || busy || !turns.some((x) => x.role === 'user')}
            data-testid="regenerate"
          >
            {t('regenerate')}
          </button>
          <button
            type="button"
            onClick={clear}
            disabled={busy || turns.length === 0}
            data-testid="clear"
          >
            {t('clear')}
          </button>
        </div>
      </form>

      <UnderTheHood prompt={prompt} contextLength={contextLength} />
      <RealQwen active={request.kind === 'hub'} onLoad={setRequest} />
    </div>
  );
}
