/** "Try a real Qwen": nothing is fetched until the visitor asks, and the size is shown first. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../ui/LoadProgress.tsx';
import type { LoadRequest } from '../../runtime/chatTypes.ts';
import {
  HUB_MODELS,
  downloadSize,
  dtypeFor,
  hubHost,
  onnxFileFor,
  pickDevice,
  type HubDevice,
} from './realQwen.ts';

type Step =
  | { kind: 'closed' }
  | { kind: 'checking' }
  | { kind: 'sized'; bytes: number; device: HubDevice }
  | { kind: 'failed'; message: string };

export function RealQwen({
  onLoad,
  active,
}: {
  onLoad: (req: LoadRequest) => void;
  active: boolean;
}) {
  const { t } = useTranslation('chat');
  const [step, setStep] = useState<Step>({ kind: 'closed' });
  const [model, setModel] = useState(HUB_MODELS[0].id);
  const host = hubHost();

  const check = async (id: string) => {
    setStep({ kind: 'checking' });
    try {
      const device = await pickDevice();
      const bytes = await downloadSize(host, id, onnxFileFor(dtypeFor(device)));
      setStep({ kind: 'sized', bytes, device });
    } catch (e) {
      setStep({ kind: 'failed', message: (e as Error).message });
    }
  };

  if (step.kind === 'closed') {
    return (
      <div className="real-qwen">
        <button
          type="button"
          onClick={() => void check(model)}
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
      <label className="field">
        {t('hub.model')}
        <select
          value={model}
          onChange={(e) => {
            setModel(e.target.value);
            void check(e.target.value);
          }}
        >
          {HUB_MODELS.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </select>
      </label>
      {step.kind === 'checking' && <p>{t('hub.checking')}</p>}
      {step.kind === 'failed' && <p role="alert">{t('hub.failed', { message: step.message })}</p>}
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
          {t('hub.download', { size: formatBytes(step.bytes), host: new URL(host).host })}
        </button>
      )}
    </div>
  );
}
