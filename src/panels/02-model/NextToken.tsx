/**
 * The next-token distribution of the tiny Qwen for the visitor's prompt: the prompt's tokens
 * (raw text, or wrapped as a ChatML user turn plus the assistant's generation prompt by the
 * chatml kernel), cut from the start to the model's context, then the TS model's forward pass
 * in a worker and the 10 most probable next tokens after temperature.
 */
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Toggle } from '../../ui/Toggle.tsx';
import { sftLossMask } from '../../kernels/reference/chatml.ts';
import type { TinyModel } from '../../runtime/tinyModel.ts';
import type { StateOf } from '../../state/urlSchema.ts';
import { Explain, Figure } from '../../ui/Explain.tsx';
import { Spinner } from '../../ui/LoadProgress.tsx';
import { PanelError } from '../../ui/PanelBoundary.tsx';
import { Slider } from '../../ui/Slider.tsx';
import { TextBox } from '../../ui/TextBox.tsx';
import { visibleToken as visible } from '../../ui/visibleText.ts';
import { fmtProb } from '../../ui/format.ts';
import { modelSchema } from './meta.ts';
import { useNextToken } from './useNextToken.ts';

type S = StateOf<typeof modelSchema>;
type SetS = (p: Partial<S>) => void;

/** How a token looks on its own: its text with visible whitespace, or ⟨hex⟩ for a byte fragment. */
function label(tiny: TinyModel, id: number): { text: string; partial: boolean } {
  const v = tiny.tokenizer.tokenView(id);
  if (v.text === null) return { text: `⟨${v.hex}⟩`, partial: true };
  return { text: v.text === '' ? '∅' : visible(v.text), partial: false };
}

export function NextTokenControls({ state, setState }: { state: S; setState: SetS }) {
  const { t } = useTranslation('model');
  return (
    <>
      <TextBox
        label={t('next.prompt')}
        value={state.prompt}
        rows={3}
        field={modelSchema.prompt}
        onChange={(prompt) => setState({ prompt })}
        testId="prompt"
        spellCheck
      />
      <div className="controls">
        <Toggle
          field={modelSchema.chat}
          checked={state.chat}
          onChange={(chat) => setState({ chat })}
          className="mp-check"
          testId="chat-toggle"
        />
        <Slider
          field={modelSchema.temp}
          value={state.temp}
          format={(v) => String(+v.toFixed(2))}
          onChange={(temp) => setState({ temp })}
          testId="slider-temp"
        />
      </div>
    </>
  );
}

/** Whether this page may share memory with helper threads (runtime/kernelThreads.ts). */
const isolated = () =>
  (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;

/** The prompt's ids as the model reads them (a ChatML user turn with `chat`), cut to the context. */
export function promptIds(
  tiny: TinyModel,
  prompt: string,
  chat: boolean,
): { ids: number[]; cut: number } {
  const context = tiny.config.max_position_embeddings;
  const encode = (s: string) => tiny.tokenizer.encode(s);
  const all = chat
    ? sftLossMask([{ role: 'user', content: prompt }], encode, tiny.special, {
        addGenerationPrompt: true,
      }).ids
    : encode(prompt);
  return all.length > context
    ? { ids: all.slice(all.length - context), cut: all.length - context }
    : { ids: all, cut: 0 };
}

export function NextToken({ tiny, state }: { tiny: TinyModel; state: S }) {
  const { t } = useTranslation('model');
  const context = tiny.config.max_position_embeddings;
  const { ids, cut } = useMemo(
    () => promptIds(tiny, state.prompt, state.chat),
    [tiny, state.prompt, state.chat],
  );
  const res = useNextToken(tiny.model, ids, state.temp);
  const fresh = res.key === `${ids.join(',')}|${state.temp}`;

  return (
    <div className="mp-next" data-testid="next-view">
      {cut > 0 && (
        <p className="notice" role="status" data-testid="truncated">
          {t('next.truncated', { cut, n: context })}
        </p>
      )}
      <h3>{t('next.tokensTitle', { n: ids.length })}</h3>
      {ids.length === 0 ? (
        <p className="hint">{t('next.empty')}</p>
      ) : (
        <ol
          className="mp-tokens"
          data-testid="prompt-tokens"
          aria-label={t('next.tokensTitle', { n: ids.length })}
        >
          {ids.map((id, i) => {
            const l = label(tiny, id);
            return (
              <li key={i} className={l.partial ? 'mp-tok partial' : 'mp-tok'} title={`id ${id}`}>
                <span className="mp-tok-text">{l.text}</span>
                <span className="mp-tok-id">{id}</span>
              </li>
            );
          })}
        </ol>
      )}
      {ids.length > 0 &&
        (res.error ? (
          <PanelError error={t('next.error', { message: res.error })} onRetry={res.retry} />
        ) : !res.result ? (
          <Spinner label={t('next.computing')} />
        ) : (
          <div aria-busy={!fresh || res.busy}>
            <h3>{t('next.topTitle', { temp: +state.temp.toFixed(2) })}</h3>
            <table className="data mp-top" data-testid="top-table">
              <thead>
                <tr>
                  <th>#</th>
                  <th>{t('next.token')}</th>
                  <th>{t('next.id')}</th>
                  <th className="mp-top-bar-head">{t('next.prob')}</th>
                </tr>
              </thead>
              <tbody>
                {res.result.top.map((c, r) => {
                  const l = label(tiny, c.id);
                  return (
                    <tr key={c.id} data-prob={c.prob} data-testid="top-row">
                      <td>{r + 1}</td>
                      <td>
                        <span className={l.partial ? 'mp-tok-text partial' : 'mp-tok-text'}>
                          {l.text}
                        </span>
                      </td>
                      <td>{c.id}</td>
                      <td className="mp-top-bar-cell">
                        <span
                          className="mp-top-bar"
                          style={{ width: `${Math.max(0.5, c.prob * 100)}%` }}
                          aria-hidden="true"
                        />
                        <span className="mp-top-prob">{fmtProb(c.prob)}</span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <p className="hint" data-testid="top-mass">
              {t('next.mass', { mass: fmtProb(res.result.topMass), vocab: res.result.vocab })}
            </p>
            <p className="hint" data-testid="engine">
              {t('next.engine', {
                ms: res.result.ms.toFixed(1),
                threads: res.result.threads,
                why: isolated() ? '' : t('next.oneThreadWhy'),
              })}
            </p>
          </div>
        ))}
    </div>
  );
}

export function NextTokenFigure({ children }: { children: ReactNode }) {
  const { t } = useTranslation('model');
  return (
    <Figure
      id="model-next"
      explain={
        <Explain
          title={t('next.whyTitle')}
          tex={t('next.tex')}
          text={t('next.text')}
          section="§2.3, §3.1"
        />
      }
    >
      <h2>{t('next.title')}</h2>
      {children}
    </Figure>
  );
}
