/**
 * Inspect for the Model lab's prompt: the same view as the chat's (logit lens, attention, logit
 * attribution, residual stream), on the position the visitor picks in the prompt (the last one
 * by default, which predicts the token the table above shows). The TS model runs in the view's
 * own worker, loaded from the committed model folder; there is no transformers.js run here to
 * compare with, and the view says so.
 */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { tinyModelBase, type TinyModel } from '../../runtime/tinyModel.ts';
import type { StateOf } from '../../state/urlSchema.ts';
import { InspectView } from '../../ui/inspect/InspectView.tsx';
import type { InspectSource } from '../../runtime/inspect.worker.ts';
import type { modelSchema } from './meta.ts';
import { promptIds } from './NextToken.tsx';

type Lab = StateOf<typeof modelSchema>;
/** The fields of the lab's state Inspect reads (the temperature is not one of them). */
export const INSPECT_FIELDS = [
  'chat',
  'ihead',
  'ilayer',
  'insp',
  'ipos',
  'iview',
  'prompt',
] as const satisfies readonly (keyof Lab)[];
type S = Pick<Lab, (typeof INSPECT_FIELDS)[number]>;

export const ModelInspect = memo(function ModelInspect({
  tiny,
  state,
  setState,
}: {
  tiny: TinyModel;
  state: S;
  setState: (patch: Partial<Lab>) => void;
}) {
  const { t } = useTranslation('inspect');
  const { ids } = useMemo(
    () => promptIds(tiny, state.prompt, state.chat),
    [tiny, state.prompt, state.chat],
  );
  const source = useMemo<InspectSource>(
    () => ({ kind: 'url', base: new URL(tinyModelBase(), location.href).href }),
    [],
  );
  if (ids.length === 0) return null;
  if (!state.insp) {
    return (
      <p>
        <button
          type="button"
          onClick={() => setState({ insp: true })}
          title={t('openHint')}
          data-testid="inspect-open"
        >
          {t('open')}
        </button>
      </p>
    );
  }
  const last = ids.length - 1;
  return (
    <InspectView
      source={source}
      ids={ids}
      first={0}
      last={last}
      strip="at"
      position={state.ipos < 0 ? last : Math.min(state.ipos, last)}
      onPosition={(p) => setState({ ipos: p === last ? -1 : p })}
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
      onClose={() => setState({ insp: false })}
      title={t('modelTitle')}
    />
  );
});
