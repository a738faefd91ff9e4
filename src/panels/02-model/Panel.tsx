/**
 * The Model lab (report §2.1, §2.3): the tiny Qwen's architecture with shapes and parameter
 * counts per block, beside Qwen-1.8B/7B/14B (Table 1), and the next-token distribution of the
 * tiny model for a prompt, and how the tiny model was trained (training.json). Counts come from src/kernels/reference/paramCount.ts, the forward pass from
 * src/model/forward.ts in a worker; this file lays out the figures.
 */
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '../../ui/Select.tsx';
import { registerPanelTexts } from '../../i18n/index.ts';
import type { Block } from '../../kernels/reference/paramCount.ts';
import { useTinyModel } from '../../ui/useTinyModel.ts';
import { ModelGate } from '../../ui/ModelGate.tsx';
import type { PanelProps } from '../types.ts';
import { Architecture } from './Architecture.tsx';
import { QWEN_LAB_MODELS, tinyLabModel, type LabModel } from './archModels.ts';
import { ConfigTable, ParamShares } from './Configs.tsx';
import { fmtCompact, fmtInt } from '../../ui/format.ts';
import { modelSchema } from './meta.ts';
import { NextToken, NextTokenControls, NextTokenFigure } from './NextToken.tsx';
import { INSPECT_FIELDS, ModelInspect } from './ModelInspect.tsx';
import { useSlice } from '../../ui/useSlice.ts';
import { TrainingFigure } from './Training.tsx';
import en from './locales/en.json';
import zh from './locales/zh-CN.json';
import './model.css';

registerPanelTexts('model', { en, 'zh-CN': zh });

export default function ModelPanel({ state, setState }: PanelProps<typeof modelSchema>) {
  const { t, i18n } = useTranslation('model');
  const tinyState = useTinyModel();
  const tinyConfig = tinyState.status === 'ready' ? tinyState.tiny.config : null;
  const models = useMemo((): LabModel[] => {
    const list = [...QWEN_LAB_MODELS];
    if (tinyConfig) list.unshift(tinyLabModel(tinyConfig));
    return list;
  }, [tinyConfig]);
  const selected = models.find((m) => m.id === state.model) ?? null;
  const onBlock = useCallback((b: Block) => setState({ block: b }), [setState]);
  // Inspect reads its own fields only, so the temperature slider does not re-render it.
  const inspectState = useSlice(state, INSPECT_FIELDS);

  return (
    <div className="model-panel">
      <p className="lead">{t('intro')}</p>

      <h2>{t('arch.title')}</h2>
      <div className="controls">
        <Select
          field={modelSchema.model}
          value={state.model}
          optionLabel={(id) =>
            t(`models.${id === 'tiny' ? 'tiny' : 'qwen'}`, {
              name: QWEN_LAB_MODELS.find((m) => m.id === id)?.name,
            })
          }
          onChange={(v) => setState({ model: v })}
          testId="model-select"
        />
      </div>
      {selected ? (
        <>
          <p className="mp-total" data-testid="arch-total">
            {t('arch.total', {
              name: selected.id === 'tiny' ? t('models.tiny') : selected.name,
              total: fmtInt(selected.counts.total),
              compact: fmtCompact(selected.counts.total, i18n.language),
            })}
          </p>
          <Architecture model={selected} block={state.block} onBlock={onBlock} />
        </>
      ) : (
        <ModelGate state={tinyState}>{() => null}</ModelGate>
      )}

      <ConfigTable models={models} selected={state.model} />
      {!tinyConfig && <p className="hint">{t('configs.tinyMissing')}</p>}
      <ParamShares models={models} />

      <NextTokenFigure>
        <NextTokenControls state={state} setState={setState} />
        <ModelGate state={tinyState}>
          {(tiny) => (
            <>
              <NextToken tiny={tiny} state={state} />
              <ModelInspect tiny={tiny} state={inspectState} setState={setState} />
            </>
          )}
        </ModelGate>
      </NextTokenFigure>

      <TrainingFigure />
    </div>
  );
}
