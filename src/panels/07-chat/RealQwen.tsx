/**
 * "Try a real Qwen": opening it and choosing a model send nothing. The visitor first confirms a
 * size check (HEAD requests to the Hub), then a download of the size it found; a failure says
 * in plain words whether the browser is offline or the Hub did not answer, with a retry.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '../../ui/Select.tsx';
import { formatBytes } from '../../ui/LoadProgress.tsx';
import type { LoadRequest } from '../../runtime/chatTypes.ts';
import {
  HUB_MODELS,
  downloadSize,
  dtypeFor,
  hubFailure,
  hubHost,
  onnxFileFor,
  pickDevice,
  type HubDevice,
  type HubFailure,
} from './realQwen.ts';

type Step =
  | { kind: 'closed' }
  | { kind: 'open' }
  | { kind: 'checking' }
  | { kind: 'sized'; bytes: number; device: HubDevice }
  | { kind: 'failed'; failure: HubFailure };

/** A failure of the Hub in words a visitor understands. */
export function useHubFailureText() {
  const { t } = useTranslation('chat');
  return (f: HubFailure) =>
    f.kind === 'offline'
      ? t('hub.offline')
      : f.kind === 'unreachable'
        ? t('hub.unreachable')
        : f.kind === 'http'
          ? t('hub.http', { status: f.status, file: f.file })
          : t('hub.failed', { message: f.message });
}

export function RealQwen({
  onLoad,
  active,
}: {
  onLoad: (req: LoadRequest) => void;
  active: boolean;
}) {
  const { t } = useTranslation('chat');
  const failureText = useHubFailureText();
  const [step, setStep] = useState<Step>({ kind: 'closed' });
  const [model, setModel] = useState(HUB_MODELS[0].id);
  const host = hubHost();
  const hostName = new URL(host).host;

  const check = async () => {
    setStep({ kind: 'checking' });
    try {
      const device = await pickDevice();
      const bytes = await downloadSize(host, model, onnxFileFor(dtypeFor(device)));
      setStep({ kind: 'sized', bytes, device });
    } catch (e) {
      setStep({ kind: 'failed', failure: hubFailure(e) });
    }
  };

  if (step.kind === 'closed') {
    return (
      <div className="real-qwen">
        <button
          type="button"
          onClick={() => setStep({ kind: 'open' })}
          data-testid="try-real-qwen"
          disabled={active}
        >
          {t('hub.try')}
        </button>
        <span className="slider-hint">{t('hub.hint')}</span>
      </div>
    );
  }
  return (
    <div className="real-qwen" data-testid="real-qwen">
      <Select
        label={t('hub.model')}
        values={HUB_MODELS.map((m) => m.id)}
        value={model}
        optionLabel={(id) => HUB_MODELS.find((m) => m.id === id)?.label ?? id}
        onChange={(id) => {
          // A new choice is only a choice: its size is checked when the visitor asks.
          setModel(id);
          setStep({ kind: 'open' });
        }}
        testId="hub-model"
      />
      {step.kind === 'open' && (
        <>
          <p className="slider-hint">{t('hub.checkHint', { host: hostName })}</p>
          <button type="button" onClick={() => void check()} data-testid="hub-check">
            {t('hub.check')}
          </button>
        </>
      )}
      {step.kind === 'checking' && <p>{t('hub.checking')}</p>}
      {step.kind === 'failed' && (
        <div role="alert" className="hub-failed" data-testid="hub-failed">
          <p>{failureText(step.failure)}</p>
          <button type="button" onClick={() => void check()}>
            {t('hub.retry')}
          </button>
        </div>
      )}
      {step.kind === 'sized' && (
        <p>
          {t('hub.device', {
            device: step.device === 'webgpu' ? 'WebGPU' : 'WebAssembly',
            dtype: dtypeFor(step.device),
          })}
        </p>
      )}
      {step.kind === 'sized' && (
        <button
          type="button"
          className="primary"
          data-testid="hub-download"
          onClick={() =>
            onLoad({
              kind: 'hub',
              modelId: model,
              remoteHost: host,
              dtype: dtypeFor(step.device),
              device: step.device,
            })
          }
        >
          {t('hub.download', { size: formatBytes(step.bytes), host: hostName })}
        </button>
      )}
    </div>
  );
}
