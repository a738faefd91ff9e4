/**
 * The chat lab (report §3.1): the tiny Qwen in ChatML through transformers.js in a worker, with
 * the exact prompt, the SFT mask and every token's alternatives on view.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registerPanelTexts } from '../../i18n/index.ts';
import type { LoadRequest } from '../../runtime/chatTypes.ts';
import { chooseOnnx, getLocalModel } from '../../runtime/localModels.ts';
import { TINY_MODEL_VERSION, tinyModelBase } from '../../runtime/tinyModel.ts';
import { ByteProgress } from '../../ui/LoadProgress.tsx';
import { PanelError } from '../../ui/PanelBoundary.tsx';
import { Slider } from '../../ui/Slider.tsx';
import { SimpleNotice } from '../../ui/Notice.tsx';
import { TextArea } from '../../ui/TextArea.tsx';
import { sliceCodePoints } from '../../state/urlText.ts';
import type { PanelProps } from '../types.ts';
import { defaultSystem, useChatStore } from './chatStore.ts';
import { chatSchema } from './meta.ts';
import { LocalModelPicker } from './LocalModelPicker.tsx';
import { ModelCard } from './ModelCard.tsx';
import { RealQwen, useHubFailureText } from './RealQwen.tsx';
import { hubFailure } from './realQwen.ts';
import { Transcript, TranscriptBoundary } from './Transcript.tsx';
import { ChatInspect, InspectOpener, inspectSourceOf } from './ChatInspect.tsx';
import { UnderTheHood } from './UnderTheHood.tsx';
import { useChatEngine } from './useChatEngine.ts';
import { useChatSession } from './useChatSession.ts';
import en from './locales/en.json';
import zh from './locales/zh-CN.json';
import './chat.css';
import { useShallow } from 'zustand/react/shallow';

registerPanelTexts('chat', { en, 'zh-CN': zh });

/** The seed field keeps digits only, up to the largest 32-bit seed. */
function seedDigits(v: string): string {
  const d = v.replace(/\D/g, '').slice(0, 10);
  return d !== '' && Number(d) > 0xffffffff ? String(0xffffffff) : d;
}

/** Longest message accepted; longer pastes are cut with a notice. */
const MAX_MESSAGE = 4000;

const TINY: Extract<LoadRequest, { kind: 'local' }> = {
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
  // The model: a local one named in the link (model=local:<id>), else a Hub model, else the tiny.
  const [hub, setHub] = useState<LoadRequest | null>(null);
  const localId = state.model.startsWith('local:') ? state.model.slice('local:'.length) : '';
  const local = localId ? getLocalModel(localId) : undefined;
  // Models opened from disk live in this tab only: after a reload the link names one no more.
  const [lost, setLost] = useState(false);
  useEffect(() => {
    if (state.model !== '' && !local) {
      setLost(true);
      setState({ model: '' });
    }
  }, [state.model, local, setState]);
  const request = useMemo<LoadRequest>(
    () =>
      local
        ? {
            kind: 'files',
            id: local.id,
            name: local.name,
            files: local.files,
            dtype: chooseOnnx(local.files)?.dtype ?? 'fp32',
          }
        : (hub ?? TINY),
    [local, hub],
  );
  const { state: engine, remote, retry } = useChatEngine(request);
  const hubText = useHubFailureText();
  const { reset, setSystem, dismissReset, discard } = useChatStore(
    useShallow((s) => ({
      reset: s.reset,
      setSystem: s.setSystem,
      dismissReset: s.dismissReset,
      discard: s.discard,
    })),
  );
  // Until the visitor edits it, the system prompt is the one trained in the page's language.
  const system = useChatStore((s) => s.system) ?? defaultSystem(i18n.language);
  const hasLive = useChatStore((s) => s.live !== null);
  const [draft, setDraft] = useState('');
  const [cut, setCut] = useState(false);
  const ready = engine.status === 'ready';
  const contextLength = ready ? engine.info.contextLength : 0;

  const sampling = useMemo(
    () => ({
      temperature: state.temp,
      topK: state.topk || undefined,
      topP: state.topp,
      repetitionPenalty: state.rep,
    }),
    [state.temp, state.topk, state.topp, state.rep],
  );
  const session = useChatSession({
    remote,
    ready,
    contextLength,
    system,
    sampling,
    maxNew: state.max,
    seedField: state.seed,
    tooLong: (n, ctx) => t('tooLong', { n, ctx }),
  });
  const { turns, busy, error, sent } = session;
  const openInspect = useCallback(
    (turn: number, step: number) => setState({ insp: `${turn}.${step}` }),
    [setState],
  );
  const canInspect = ready && inspectSourceOf(request) !== null;

  const send = () => {
    const text = draft.trim();
    if (!text || busy || !ready) return;
    setCut(text.length > MAX_MESSAGE);
    setDraft('');
    session.send(text.slice(0, MAX_MESSAGE));
  };

  const clear = () => {
    setCut(false);
    dismissReset();
    session.clear();
  };

  // A Hub download that fails for want of a network says so in plain words.
  const hubFail =
    engine.status === 'error' && request.kind === 'hub'
      ? hubFailure(new Error(engine.message))
      : null;
  const loadError =
    engine.status !== 'error'
      ? ''
      : hubFail && hubFail.kind !== 'other'
        ? hubText(hubFail)
        : engine.message;

  const loadingLabel =
    request.kind === 'local'
      ? t('loading.tiny')
      : request.kind === 'files'
        ? t('loading.files', { name: request.name })
        : t('loading.hub', { model: request.modelId });

  return (
    <div className="chat-panel">
      <p className="lead">{t('intro')}</p>
      {request.kind === 'local' && (
        <ModelCard url={tinyModelBase() + 'training.json'} fallbackContext={contextLength} />
      )}
      {lost && <SimpleNotice text={t('local.lost')} onDismiss={() => setLost(false)} />}
      {reset && <SimpleNotice text={t('storageReset')} onDismiss={dismissReset} />}
      <div className="controls">
        <Slider
          field={chatSchema.temp}
          value={state.temp}
          onChange={(temp) => setState({ temp })}
          hint={t('controls.tempHint')}
          testId="slider-temp"
        />
        <Slider
          field={chatSchema.topk}
          value={state.topk}
          onChange={(topk) => setState({ topk })}
          hint={t('controls.topkHint')}
        />
        <Slider
          field={chatSchema.topp}
          value={state.topp}
          onChange={(topp) => setState({ topp })}
        />
        <Slider field={chatSchema.rep} value={state.rep} onChange={(rep) => setState({ rep })} />
        <Slider field={chatSchema.max} value={state.max} onChange={(max) => setState({ max })} />
        <label className="field seed-field">
          {t('controls.seed')}
          <input
            type="text"
            inputMode="numeric"
            value={state.seed}
            placeholder={t('controls.seedPlaceholder')}
            onChange={(e) => setState({ seed: seedDigits(e.target.value) })}
            data-testid="seed"
          />
          <span className="slider-hint">{t('controls.seedHint')}</span>
        </label>
      </div>
      <label className="field system-prompt">
        {t('system')}
        <TextArea
          value={system}
          rows={2}
          maxLength={MAX_MESSAGE}
          // maxLength stops typing and pasting; text set by a script is cut here.
          onChange={(v) => setSystem(sliceCodePoints(v, MAX_MESSAGE))}
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
        <PanelError error={t('loadFailed', { message: loadError })} onRetry={retry} />
      )}
      {ready && (
        <p className="chat-model" data-testid="model-status" data-context={contextLength}>
          {request.kind === 'local'
            ? t('ready.tiny', { ctx: contextLength })
            : request.kind === 'files'
              ? t(local?.source === 'trained' ? 'ready.trained' : 'ready.files', {
                  name: request.name,
                  dtype: request.dtype,
                  ctx: contextLength,
                })
              : t('ready.hub', { model: request.modelId, device: engine.info.device })}
        </p>
      )}

      <TranscriptBoundary onCrash={discard}>
        <InspectOpener.Provider value={canInspect ? openInspect : null}>
          <Transcript turns={turns} leftOut={sent && !busy ? sent.leftOut : 0} />
        </InspectOpener.Provider>
      </TranscriptBoundary>
      {canInspect && state.insp && (
        <ChatInspect
          turns={turns}
          system={system}
          remote={remote}
          request={request}
          state={state}
          setState={setState}
        />
      )}
      {sent && sent.dropped > 0 && (
        <p
          className="notice"
          role="status"
          data-testid="context-notice"
          data-dropped={sent.dropped}
        >
          {t('truncated', { n: sent.dropped, ctx: contextLength, max: state.max })}
        </p>
      )}
      {cut && <SimpleNotice text={t('cut', { n: MAX_MESSAGE })} onDismiss={() => setCut(false)} />}
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
        <TextArea
          id="chat-input"
          value={draft}
          rows={2}
          placeholder={t('placeholder')}
          onChange={setDraft}
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
          <button type="button" onClick={session.stop} disabled={!busy} data-testid="stop">
            {t('stopButton')}
          </button>
          <button
            type="button"
            onClick={session.regenerate}
            disabled={!ready || busy || !turns.some((x) => x.role === 'user')}
            data-testid="regenerate"
          >
            {t('regenerate')}
          </button>
          <button
            type="button"
            onClick={clear}
            disabled={turns.length === 0 && !hasLive && !busy && !error && !cut}
            data-testid="clear"
          >
            {t('clear')}
          </button>
        </div>
      </form>

      <UnderTheHood view={session.hood} contextLength={contextLength} />
      {request.kind !== 'local' && (
        <button
          type="button"
          onClick={() => {
            setHub(null);
            setState({ model: '' });
          }}
          className="back-to-tiny"
          data-testid="back-to-tiny"
        >
          {t('local.back')}
        </button>
      )}
      <LocalModelPicker
        onOpen={(m) => {
          setLost(false);
          setHub(null);
          setState({ model: `local:${m.id}` });
        }}
      />
      <RealQwen
        active={request.kind === 'hub'}
        onLoad={(req) => {
          setHub(req);
          setState({ model: '' });
        }}
      />
    </div>
  );
}
