/**
 * Part 1 of the alignment lab: edit a conversation as JSON and see it as ChatML text and as
 * token ids coloured by the SFT loss mask (src/kernels/reference/chatml.ts), with the tiny model's
 * vocabulary or a toy BPE trained here; then why role markers beat plain concatenation.
 */
import { memo, useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Toggle } from '../../ui/Toggle.tsx';
import { Select } from '../../ui/Select.tsx';
import type { BpeTokenizer } from '../../kernels/bpe/index.ts';
import {
  IM_START,
  chatmlSegments,
  parsePlain,
  renderPlain,
  sftLossMask,
  type ChatMLSpecialIds,
  type ChatMLTokens,
  type ChatMessage,
} from '../../kernels/reference/chatml.ts';
import { useTinyModel } from '../../ui/useTinyModel.ts';
import type { StateOf } from '../../state/urlSchema.ts';
import { Explain, Figure } from '../../ui/Explain.tsx';
import { ByteProgress, Spinner } from '../../ui/LoadProgress.tsx';
import { ModelGate } from '../../ui/ModelGate.tsx';
import { PanelError } from '../../ui/PanelBoundary.tsx';
import { InputNotice } from '../../ui/Notice.tsx';
import { TextBox } from '../../ui/TextBox.tsx';
import { markInvisible } from '../../ui/visibleText.ts';
import { chipText } from './chips.ts';
import { EXAMPLES, parseConversation, type ExampleName } from './examples.ts';
import { alignmentSchema } from './meta.ts';
import { useChatmlTokens } from './useChatmlTokens.ts';
import { ScrollBox } from '../../ui/ScrollBox.tsx';

type LabState = StateOf<typeof alignmentSchema>;
/** The fields of the lab's state this part reads. */
export const CHATML_FIELDS = [
  'conv',
  'vocab',
  'gen',
] as const satisfies readonly (keyof LabState)[];
type State = Pick<LabState, (typeof CHATML_FIELDS)[number]>;
type SetState = (p: Partial<LabState>) => void;

interface Tok {
  tokenizer: BpeTokenizer;
  special: ChatMLSpecialIds;
}

export const ChatmlExplorer = memo(function ChatmlExplorer({
  state,
  setState,
}: {
  state: State;
  setState: SetState;
}) {
  const { t } = useTranslation('alignment');
  const conv = useDeferredValue(state.conv);
  const parsed = useMemo(() => parseConversation(conv), [conv]);
  const messages = 'messages' in parsed ? parsed.messages : null;
  return (
    <>
      <Figure
        id="chatml"
        explain={
          <Explain tex={t('chatml.tex')} text={t('chatml.text')} section="§3.1, §3.4">
            <p className="explain-note">{t('chatml.qwenVocab')}</p>
          </Explain>
        }
      >
        <h2>{t('chatml.title')}</h2>
        <div className="row-buttons" role="group" aria-label={t('chatml.examples')}>
          {(Object.keys(EXAMPLES) as ExampleName[]).map((name) => (
            <button
              key={name}
              type="button"
              onClick={() => setState({ conv: EXAMPLES[name] })}
              data-testid={`example-${name}`}
            >
              {t(`chatml.example.${name}`)}
            </button>
          ))}
        </div>
        <TextBox
          className="field al-json"
          label={t('chatml.editor')}
          value={state.conv}
          onChange={(conv) => setState({ conv })}
          field={alignmentSchema.conv}
          rows={12}
          testId="conv-json"
        />
        <div className="controls">
          <Select
            field={alignmentSchema.vocab}
            value={state.vocab}
            optionLabel={(v) => t(`chatml.vocabs.${v}`)}
            onChange={(v) => setState({ vocab: v })}
            testId="vocab"
          />
          <Toggle
            field={alignmentSchema.gen}
            checked={state.gen}
            onChange={(gen) => setState({ gen })}
            className="al-check"
            testId="gen"
          />
        </div>
        {'error' in parsed ? (
          <InputNotice text={t(`chatml.errors.${parsed.error}`, { detail: parsed.detail })} />
        ) : (
          <ChatmlViews messages={parsed.messages} state={state} setState={setState} />
        )}
      </Figure>
      {messages && <PlainVsChatml messages={messages} />}
    </>
  );
});

function ChatmlViews({
  messages,
  state,
  setState,
}: {
  messages: ChatMessage[];
  state: State;
  setState: SetState;
}) {
  const { t } = useTranslation('alignment');
  const segments = useMemo(() => {
    try {
      return { segs: chatmlSegments(messages, { addGenerationPrompt: state.gen }) };
    } catch (e) {
      return { error: (e as Error).message };
    }
  }, [messages, state.gen]);
  if ('error' in segments) {
    return <InputNotice text={t('chatml.errors.role', { detail: segments.error })} />;
  }
  return (
    <>
      <h3>{t('chatml.textTitle')}</h3>
      <pre className="al-chatml" data-testid="chatml-text">
        {segments.segs.map((s, i) => (
          <span
            key={i}
            className={`al-seg al-${s.kind}${s.learned ? ' al-learned' : ''}`}
            data-role={s.role}
          >
            {markInvisible(s.text)}
          </span>
        ))}
      </pre>
      <h3>{t('chatml.tokensTitle')}</h3>
      <MaskLegend />
      {state.vocab === 'toy' || state.vocab === 'qwen' ? (
        <WorkerTokensView vocab={state.vocab} messages={messages} gen={state.gen} />
      ) : (
        <TinyTokens messages={messages} gen={state.gen} setState={setState} />
      )}
    </>
  );
}

function TinyTokens({
  messages,
  gen,
  setState,
}: {
  messages: ChatMessage[];
  gen: boolean;
  setState: SetState;
}) {
  const { t } = useTranslation('alignment');
  const model = useTinyModel();
  return (
    <div data-testid="tiny-vocab">
      <ModelGate state={model}>
        {(tiny) => (
          <LocalTokens
            tok={{ tokenizer: tiny.tokenizer, special: tiny.special }}
            messages={messages}
            gen={gen}
            label={t('chatml.vocabs.tiny')}
          />
        )}
      </ModelGate>
      {model.status === 'error' && (
        <button type="button" onClick={() => setState({ vocab: 'toy' })} data-testid="use-toy">
          {t('chatml.useToy')}
        </button>
      )}
    </div>
  );
}

function MaskLegend() {
  const { t } = useTranslation('alignment');
  return (
    <p className="chip-legend al-legend">
      <span>
        <span className="al-chip al-chip-learned al-swatch" aria-hidden="true" />{' '}
        {t('chatml.legendLearned')}
      </span>
      <span>
        <span className="al-chip al-swatch" aria-hidden="true" /> {t('chatml.legendContext')}
      </span>
      <span>
        <span className="al-chip al-chip-special al-swatch" aria-hidden="true" />{' '}
        {t('chatml.legendSpecial')}
      </span>
    </p>
  );
}

/** Tokens from the tiny model's vocabulary, already loaded on the page with the model. */
function LocalTokens({
  tok,
  messages,
  gen,
  label,
}: {
  tok: Tok;
  messages: ChatMessage[];
  gen: boolean;
  label: string;
}) {
  const encoded = useMemo((): ChatMLTokens | null => {
    try {
      return sftLossMask(messages, (s) => tok.tokenizer.encode(s), tok.special, {
        addGenerationPrompt: gen,
      });
    } catch {
      return null; // a bad role: ChatmlViews already shows the error
    }
  }, [messages, gen, tok]);
  if (!encoded) return null;
  return (
    <TokenView
      encoded={encoded}
      chips={encoded.ids.map((id) => chipText(tok.tokenizer, id))}
      special={tok.special}
      vocabSize={tok.tokenizer.vocab.size}
      label={label}
    />
  );
}

/** Tokens from the toy BPE or Qwen's own 151K vocabulary, built and run in a worker. */
function WorkerTokensView({
  vocab,
  messages,
  gen,
}: {
  vocab: 'toy' | 'qwen';
  messages: ChatMessage[];
  gen: boolean;
}) {
  const { t } = useTranslation('alignment');
  const q = useChatmlTokens(vocab, messages, gen);
  return (
    <div data-testid={`${vocab}-vocab`}>
      {q.status === 'error' ? (
        <PanelError error={t('chatml.vocabFailed', { message: q.error })} onRetry={q.retry} />
      ) : q.status === 'loading' ? (
        vocab === 'qwen' ? (
          <ByteProgress
            label={t('chatml.qwenLoading')}
            loaded={q.progress.loaded}
            total={q.progress.total}
          />
        ) : (
          <Spinner label={t('chatml.toyLoading')} />
        )
      ) : (
        <TokenView
          encoded={q.result.tokens}
          chips={q.result.chips}
          special={q.result.special}
          vocabSize={q.result.vocabSize}
          label={t(`chatml.vocabs.${vocab}`)}
        />
      )}
    </div>
  );
}

function TokenView({
  encoded,
  chips,
  special: sp,
  vocabSize,
  label,
}: {
  encoded: ChatMLTokens;
  chips: string[];
  special: ChatMLSpecialIds;
  vocabSize: number;
  label: string;
}) {
  const { t } = useTranslation('alignment');
  let learned = 0;
  for (let i = 0; i < encoded.mask.length; i++) learned += encoded.mask[i];
  const byRole = new Map<string, { total: number; learned: number }>();
  encoded.roles.forEach((r, i) => {
    const e = byRole.get(r) ?? { total: 0, learned: 0 };
    e.total++;
    e.learned += encoded.mask[i];
    byRole.set(r, e);
  });
  return (
    <>
      <p data-testid="mask-summary">
        {t('chatml.summary', {
          vocab: label,
          size: vocabSize.toLocaleString('en-US'),
          tokens: encoded.ids.length,
          learned,
          pct: encoded.ids.length ? ((100 * learned) / encoded.ids.length).toFixed(1) : '0',
        })}
      </p>
      <ol className="al-chips" data-testid="token-chips" aria-label={t('chatml.tokensTitle')}>
        {encoded.ids.map((id, i) => {
          const special = id === sp.imStart || id === sp.imEnd;
          const cls = `al-chip${encoded.mask[i] ? ' al-chip-learned' : ''}${special ? ' al-chip-special' : ''}`;
          return (
            <li
              key={i}
              className={cls}
              data-mask={encoded.mask[i]}
              data-role={encoded.roles[i]}
              title={t('chatml.chipTitle', {
                i,
                id,
                role: encoded.roles[i],
                loss: encoded.mask[i] ? t('chatml.yes') : t('chatml.no'),
              })}
            >
              <span className="al-chip-text">{chips[i]}</span>
              <span className="al-chip-id">{id}</span>
            </li>
          );
        })}
      </ol>
      <ScrollBox label={t('chatml.roleTable')}>
        <table className="data" data-testid="role-table">
          <thead>
            <tr>
              <th>{t('chatml.role')}</th>
              <th>{t('chatml.tokens')}</th>
              <th>{t('chatml.withLoss')}</th>
            </tr>
          </thead>
          <tbody>
            {[...byRole].map(([role, e]) => (
              <tr key={role}>
                <td>{role}</td>
                <td>{e.total}</td>
                <td>{e.learned}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </>
  );
}

/** Why role markers beat plain concatenation: the same messages as "role: text" lines. */
function PlainVsChatml({ messages }: { messages: ChatMessage[] }) {
  const { t } = useTranslation('alignment');
  const plain = renderPlain(messages);
  const roles = [
    ...new Set(['system', 'user', 'assistant', 'tool', ...messages.map((m) => m.role)]),
  ];
  const recovered = parsePlain(plain, roles).length;
  // In ChatML only real markers open a turn: typed "<|im_start|>" text is ordinary characters.
  const typedMarkers = messages.reduce((n, m) => n + m.content.split(IM_START).length - 1, 0);
  return (
    <Figure explain={<Explain text={t('plain.text')} section="§3.1" />}>
      <h2>{t('plain.title')}</h2>
      <pre className="al-chatml" data-testid="plain-text">
        {plain}
      </pre>
      <p
        data-testid="plain-verdict"
        className={recovered !== messages.length ? 'al-warn' : undefined}
      >
        {t(recovered === messages.length ? 'plain.recoveredSame' : 'plain.recovered', {
          found: recovered,
          real: messages.length,
        })}
      </p>
      <p data-testid="chatml-verdict">
        {t('plain.chatml', { real: messages.length, typed: typedMarkers })}
      </p>
    </Figure>
  );
}
