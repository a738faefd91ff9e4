/**
 * The Tokenizer lab (report §2.2): byte-level BPE made visible. One text box shared by six
 * views (tokenize side by side, pre-tokenization, merge by merge, train your own, compression
 * by language, special tokens). Every vocabulary is built and used in tokenizer.worker.ts; this
 * file only keeps the text, the URL state and the layout.
 * Deliberately left out: editing a vocabulary, streaming a file bigger than MAX_TEXT.
 */
import { useMemo, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Toggle } from '../../ui/Toggle.tsx';
import { registerPanelTexts } from '../../i18n/index.ts';
import { useRovingFocus } from '../../ui/useRovingFocus.ts';
import { PanelError } from '../../ui/PanelBoundary.tsx';
import { TextBox } from '../../ui/TextBox.tsx';
import type { PanelProps } from '../types.ts';
import { CompressionView } from './CompressionView.tsx';
import { hasLoneSurrogate } from './display.ts';
import { fmtDec } from '../../ui/format.ts';
import { EXAMPLES } from './examples.ts';
import { MergesView } from './MergesView.tsx';
import { VIEWS, tokenizerSchema, type View } from './schema.ts';
import { PretokView } from './PretokView.tsx';
import { SpecialView } from './SpecialView.tsx';
import { TokenizeView } from './TokenizeView.tsx';
import { TrainView } from './TrainView.tsx';
import { useDebounced } from './useDebounced.ts';
import { useTokenizerWorker } from './useTokenizerWorker.ts';
import { parseVocabList, serializeVocabList, type VocabId } from './vocabs.ts';
import en from './locales/en.json';
import zh from './locales/zh-CN.json';
import './tokenizer.css';

registerPanelTexts('tokenizer', { en, 'zh-CN': zh });

/** Biggest tokenizer.json a visitor may load (Qwen's is 11 MB). */
const MAX_UPLOAD_BYTES = 64 * 1024 * 1024;

export default function TokenizerPanel({ state, setState }: PanelProps<typeof tokenizerSchema>) {
  const { t } = useTranslation('tokenizer');
  const worker = useTokenizerWorker();

  // The whole text, as typed: the shell keeps it when the link holds only its first part.
  const text = state.text;
  const changeText = (value: string) => setState({ text: value });
  const debounced = useDebounced(text, text.length > 20_000 ? 400 : 150);

  const vocabs = parseVocabList(state.vocabs, ['qwen', 'cl100k']);
  const setVocabs = (v: VocabId[]) => setState({ vocabs: serializeVocabList(v) });
  const view = state.view;
  // WAI-ARIA tabs: one tab stop, the arrow keys move to and open the next view.
  const tabs = useRovingFocus({
    count: VIEWS.length,
    current: VIEWS.indexOf(view),
    onSelect: (i) => setState({ view: VIEWS[i] }),
    selectOnMove: true,
  });

  const [uploadError, setUploadError] = useState<string | null>(null);
  const onUpload = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file || !worker.api) return;
    setUploadError(null);
    if (file.size > MAX_UPLOAD_BYTES) {
      setUploadError(t('upload.tooBig', { size: fmtDec(file.size / 1048576, 1) }));
      return;
    }
    try {
      const info = await worker.api.loadCustom(await file.text(), file.name);
      worker.markReady(info);
      if (!vocabs.includes('custom'))
        setState({
          vocabs: serializeVocabList([...vocabs.slice(0, 3), 'custom']),
          view: 'tokenize',
        });
    } catch (err) {
      const message = (err as Error).message;
      worker.markError('custom', message);
      setUploadError(t('upload.error', { name: file.name, message }));
    }
  };

  const lone = useMemo(() => hasLoneSurrogate(text), [text]);
  return (
    <div className="tokenizer-panel">
      <p className="lead">{t('intro')}</p>
      <div className="tok-input">
        <TextBox
          id="tok-text"
          label={t('input.label')}
          value={text}
          onChange={changeText}
          field={tokenizerSchema.text}
          rows={5}
          testId="text"
        />
        <div className="tok-examples" role="group" aria-label={t('input.examples')}>
          <span className="muted small">{t('input.examples')}</span>
          {EXAMPLES.map((ex) => (
            <button
              key={ex.key}
              type="button"
              className="chip"
              data-testid={`example-${ex.key}`}
              onClick={() => changeText(ex.text)}
            >
              {t(`examples.${ex.key}`)}
            </button>
          ))}
        </div>
        {text.length === 0 && (
          <p className="notice" data-testid="empty-notice">
            {t('input.empty')}
          </p>
        )}
        {lone && (
          <p className="notice" data-testid="surrogate-notice">
            {t('input.surrogate')}
          </p>
        )}
        <div className="tok-input-row">
          <Toggle
            field={tokenizerSchema.allow}
            checked={state.allow}
            onChange={(allow) => setState({ allow })}
            className="tok-toggle"
            testId="allow"
          />
          <label className="tok-upload">
            {t('upload.label')}
            <input
              type="file"
              accept=".json,application/json"
              data-testid="upload"
              onChange={(e) => void onUpload(e)}
            />
          </label>
        </div>
        {uploadError && (
          <div className="panel-error" role="alert" data-testid="upload-error">
            <pre className="error-message">{uploadError}</pre>
          </div>
        )}
      </div>

      <div className="tok-tabs" role="tablist" aria-label={t('views.label')} {...tabs.groupProps}>
        {VIEWS.map((v, i) => (
          <button
            key={v}
            type="button"
            role="tab"
            id={`tok-tab-${v}`}
            aria-controls="tok-view"
            aria-selected={view === v}
            {...tabs.itemProps(i)}
            className={view === v ? 'active' : undefined}
            data-testid={`tab-${v}`}
            onClick={() => setState({ view: v })}
          >
            {t(`views.${v}`)}
          </button>
        ))}
      </div>

      {worker.crashed !== null && (
        <PanelError
          error={t('errors.crashed', { message: worker.crashed })}
          onRetry={worker.restart}
        />
      )}
      <div
        role="tabpanel"
        id="tok-view"
        aria-labelledby={`tok-tab-${view}`}
        className="tok-view"
        data-view={view}
      >
        <h2 className="visually-hidden">{t(`views.${view}`)}</h2>
        <ViewBody
          view={view}
          worker={worker}
          text={debounced}
          state={state}
          setState={setState}
          vocabs={vocabs}
          setVocabs={setVocabs}
          onExample={changeText}
        />
      </div>
    </div>
  );
}

function ViewBody({
  view,
  worker,
  text,
  state,
  setState,
  vocabs,
  setVocabs,
  onExample,
}: PanelProps<typeof tokenizerSchema> & {
  view: View;
  worker: ReturnType<typeof useTokenizerWorker>;
  text: string;
  vocabs: VocabId[];
  setVocabs: (v: VocabId[]) => void;
  onExample: (text: string) => void;
}) {
  switch (view) {
    case 'tokenize':
      return (
        <TokenizeView
          worker={worker}
          text={text}
          vocabs={vocabs}
          setVocabs={setVocabs}
          allow={state.allow}
          drawn={state.drawn}
          setDrawn={(drawn) => setState({ drawn })}
        />
      );
    case 'pretok':
      return (
        <PretokView
          api={worker.api}
          text={text}
          schemes={[state.sa, state.sb]}
          setSchemes={([sa, sb]) => setState({ sa, sb })}
          onExample={onExample}
        />
      );
    case 'merges':
      return (
        <MergesView
          worker={worker}
          text={text}
          vocab={state.mv}
          chunk={state.chunk}
          step={state.step}
          set={setState}
        />
      );
    case 'train':
      return (
        <TrainView
          worker={worker}
          text={text}
          allow={state.allow}
          corpus={state.corpus}
          size={state.size}
          set={setState}
        />
      );
    case 'compression':
      return (
        <CompressionView
          worker={worker}
          text={text}
          base={state.base}
          compared={parseVocabList(state.cmp, [], 5)}
          set={(p) =>
            setState({
              ...(p.base ? { base: p.base } : {}),
              ...(p.cmp ? { cmp: serializeVocabList(p.cmp) } : {}),
            })
          }
        />
      );
    case 'special':
      return (
        <SpecialView
          worker={worker}
          text={text}
          vocab={state.sv}
          allow={state.allow}
          set={setState}
          onExample={onExample}
        />
      );
  }
}
