/**
 * "Your own model": opens a Hugging Face model folder from disk (a folder picker, or several
 * files for browsers without one) and hands it to the chat. The files are checked here —
 * names, then config.json and tokenizer_config.json — so a folder that is not a usable model
 * gets its reason at once, before any worker starts. Nothing leaves the tab.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  inspectLocalModel,
  modelFilesFromPick,
  registerLocalModel,
  type LocalModel,
} from '../../runtime/localModels.ts';

type Step = { kind: 'idle' } | { kind: 'reading' } | { kind: 'failed'; message: string };

export function LocalModelPicker({ onOpen }: { onOpen: (m: LocalModel) => void }) {
  const { t } = useTranslation('chat');
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const folderInput = useRef<HTMLInputElement>(null);
  const filesInput = useRef<HTMLInputElement>(null);

  const open = async (input: HTMLInputElement) => {
    const list = Array.from(input.files ?? []);
    // The same folder can be chosen again after a fix on disk.
    input.value = '';
    if (list.length === 0) return;
    setStep({ kind: 'reading' });
    try {
      const picked = modelFilesFromPick(
        list.map((f) => ({ name: f.name, relativePath: f.webkitRelativePath, blob: f })),
      );
      await inspectLocalModel(picked.files);
      const model = registerLocalModel(picked.name || t('local.filesName'), picked.files, 'disk');
      setStep({ kind: 'idle' });
      onOpen(model);
    } catch (e) {
      setStep({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <div className="local-model" data-testid="local-model">
      <div className="row-buttons">
        <button
          type="button"
          onClick={() => folderInput.current?.click()}
          disabled={step.kind === 'reading'}
        >
          {t('local.folder')}
        </button>
        <button
          type="button"
          onClick={() => filesInput.current?.click()}
          disabled={step.kind === 'reading'}
        >
          {t('local.files')}
        </button>
      </div>
      <input
        ref={folderInput}
        type="file"
        hidden
        multiple
        {...{ webkitdirectory: '' }}
        onChange={(e) => void open(e.currentTarget)}
        data-testid="local-folder-input"
      />
      <input
        ref={filesInput}
        type="file"
        hidden
        multiple
        accept=".json,.onnx,.onnx_data,.txt,.model"
        onChange={(e) => void open(e.currentTarget)}
        data-testid="local-files-input"
      />
      <span className="slider-hint">{t('local.hint')}</span>
      {step.kind === 'reading' && <p role="status">{t('local.reading')}</p>}
      {step.kind === 'failed' && (
        <p className="notice" role="alert" data-testid="local-model-error">
          {t('local.failed', { message: step.message })}
        </p>
      )}
    </div>
  );
}
