/**
 * The store of model folders opened in the tab: which files a picked folder or a set of loose
 * files become, and the reasons a folder that is not a usable model is refused.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  getLocalModel,
  inspectLocalModel,
  modelFilesFromPick,
  registerLocalModel,
} from '../../../src/runtime/localModels.ts';
import { TINY_MODEL_PATH } from '../../../src/runtime/tinyModel.ts';

const TINY = `public/${TINY_MODEL_PATH}`;
const NAMES = ['config.json', 'generation_config.json', 'tokenizer.json', 'tokenizer_config.json'];

function tinyFiles(): Map<string, Blob> {
  const m = new Map<string, Blob>();
  for (const n of NAMES) m.set(n, new Blob([readFileSync(`${TINY}/${n}`)]));
  m.set('onnx/model.onnx', new Blob([readFileSync(`${TINY}/onnx/model.onnx`)]));
  return m;
}

const blob = (s: string) => new Blob([s]);

describe('modelFilesFromPick', () => {
  it('keys a picked folder by the paths inside it, re-rooted at its config.json', () => {
    const picked = ['config.json', 'tokenizer.json', 'onnx/model.onnx', 'onnx/model.onnx_data'].map(
      (p) => ({ name: p.split('/').pop()!, relativePath: `models/Qwen2.5/${p}`, blob: blob(p) }),
    );
    picked.push({ name: 'notes.txt', relativePath: 'models/notes.txt', blob: blob('x') });
    const { name, files } = modelFilesFromPick(picked);
    expect(name).toBe('Qwen2.5');
    expect([...files.keys()].sort()).toEqual([
      'config.json',
      'onnx/model.onnx',
      'onnx/model.onnx_data',
      'tokenizer.json',
    ]);
  });

  it('puts loose ONNX files and their data under onnx/, the rest at the root', () => {
    const { files } = modelFilesFromPick(
      ['config.json', 'model_quantized.onnx', 'model.onnx_data_1'].map((n) => ({
        name: n,
        relativePath: '',
        blob: blob(n),
      })),
    );
    expect([...files.keys()]).toEqual([
      'config.json',
      'onnx/model_quantized.onnx',
      'onnx/model.onnx_data_1',
    ]);
  });
});

describe('registerLocalModel and inspectLocalModel', () => {
  it('accepts the committed tiny model and finds it again by id', async () => {
    const files = tinyFiles();
    const m = registerLocalModel('tiny', files, 'trained');
    expect(getLocalModel(m.id)).toBe(m);
    expect(m.source).toBe('trained');
    const facts = await inspectLocalModel(files);
    expect(facts).toEqual({
      modelType: 'qwen2',
      dtype: 'fp32',
      onnxFile: 'onnx/model.onnx',
      contextLength: 512,
    });
  });

  it('prefers 8-bit weights when the folder has them', async () => {
    const files = tinyFiles();
    files.set('onnx/model_quantized.onnx', blob('q8'));
    expect((await inspectLocalModel(files)).dtype).toBe('q8');
  });

  it('names what is wrong with a folder that is not a usable model', async () => {
    const without = (k: string) => {
      const f = tinyFiles();
      f.delete(k);
      return f;
    };
    expect(() => registerLocalModel('x', new Map(), 'disk')).toThrow(/the folder is empty/);
    expect(() => registerLocalModel('x', without('config.json'), 'disk')).toThrow(
      /config\.json is missing/,
    );
    expect(() => registerLocalModel('x', without('onnx/model.onnx'), 'disk')).toThrow(
      /no ONNX model/,
    );
    const onnxFolder = new Map([['model.onnx', blob('x')]]);
    expect(() => registerLocalModel('x', onnxFolder, 'disk')).toThrow(/looks like the onnx folder/);
    const empty = tinyFiles();
    empty.set('tokenizer.json', blob(''));
    expect(() => registerLocalModel('x', empty, 'disk')).toThrow(/tokenizer\.json is empty/);

    const withConfig = (text: string) => {
      const f = tinyFiles();
      f.set('config.json', blob(text));
      return f;
    };
    await expect(inspectLocalModel(withConfig('{"model_type": "qw'))).rejects.toThrow(
      /config\.json is not valid JSON/,
    );
    await expect(inspectLocalModel(withConfig('{"model_type": "llama"}'))).rejects.toThrow(
      /model_type "llama".*Qwen2-family/,
    );
    await expect(inspectLocalModel(withConfig('[1]'))).rejects.toThrow(/not hold a model/);
    await expect(inspectLocalModel(withConfig('{}'))).rejects.toThrow(/no model_type/);
  });
});
