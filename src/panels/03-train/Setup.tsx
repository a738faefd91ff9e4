/**
 * Choosing a run: the preset (model size and schedule), the themes of topics and the languages,
 * and the list of saved runs (open, delete).
 */
import { useTranslation } from 'react-i18next';
import { Toggle } from '../../ui/Toggle.tsx';
import { Select } from '../../ui/Select.tsx';
import { PRESETS, presetSteps } from '../../train/presets.ts';
import {
  GROUP_IDS,
  LANG_CHOICES,
  PRESET_CHOICES,
  parseGroups,
  type GroupId,
  trainSchema,
} from './meta.ts';
import type { RunMeta } from './runStore.ts';

interface SetupProps {
  preset: (typeof PRESET_CHOICES)[number];
  groups: string;
  langs: (typeof LANG_CHOICES)[number];
  onChange: (patch: {
    preset?: (typeof PRESET_CHOICES)[number];
    groups?: string;
    langs?: (typeof LANG_CHOICES)[number];
  }) => void;
  onStart: () => void;
  disabled: boolean;
}

export function SetupForm({ preset, groups, langs, onChange, onStart, disabled }: SetupProps) {
  const { t } = useTranslation('train');
  const picked = parseGroups(groups);
  const toggle = (g: GroupId) => {
    const next = picked.includes(g) ? picked.filter((x) => x !== g) : [...picked, g];
    onChange({ groups: GROUP_IDS.filter((x) => next.includes(x)).join(',') });
  };
  return (
    <div className="tr-setup">
      <fieldset className="tr-fieldset">
        <legend>{t('setup.preset')}</legend>
        {PRESET_CHOICES.map((id) => {
          const p = PRESETS[id];
          return (
            <label key={id} className="tr-choice">
              <input
                type="radio"
                name="tr-preset"
                value={id}
                checked={preset === id}
                onChange={() => onChange({ preset: id })}
                data-testid={`preset-${id}`}
              />
              <span>
                <strong>{t(`presets.${id}`)}</strong>{' '}
                <span className="tr-muted">
                  {t('setup.presetDetail', {
                    layers: p.sizes.layers,
                    hidden: p.sizes.hidden,
                    ctx: p.sizes.context,
                    steps: presetSteps(p),
                    pre: p.pretrainSteps,
                    sft: p.sftSteps,
                  })}
                </span>
              </span>
            </label>
          );
        })}
      </fieldset>
      <fieldset className="tr-fieldset">
        <legend>{t('setup.groups')}</legend>
        <div className="tr-groups">
          {GROUP_IDS.map((g) => (
            <Toggle
              key={g}
              label={t(`groups.${g}`)}
              checked={picked.includes(g)}
              onChange={() => toggle(g)}
              className="tr-choice"
              testId={`group-${g}`}
            />
          ))}
        </div>
      </fieldset>
      <Select
        field={trainSchema.langs}
        value={langs}
        optionLabel={(l) => t(`langs.${l}`)}
        onChange={(v) => onChange({ langs: v })}
        testId="langs"
      />
      {picked.length === 0 && <p className="notice">{t('setup.pickGroup')}</p>}
      <p>
        <button
          type="button"
          className="tr-primary"
          onClick={onStart}
          disabled={disabled || picked.length === 0}
          data-testid="train-start"
        >
          {t('setup.start')}
        </button>
      </p>
    </div>
  );
}

export function RunList({
  runs,
  openId,
  locked,
  training,
  onOpen,
  onDelete,
}: {
  runs: RunMeta[];
  openId: string | null;
  locked: boolean;
  /** Whether the open run is training now (a saved "training" run elsewhere was interrupted). */
  training: boolean;
  onOpen: (id: string) => void;
  onDelete: (id: string) => void;
}) {
  const { t, i18n } = useTranslation('train');
  if (runs.length === 0) return <p className="tr-muted">{t('runs.none')}</p>;
  return (
    <ul className="tr-runs" data-testid="run-list">
      {runs.map((r) => (
        <li key={r.id} className={r.id === openId ? 'tr-run tr-run-open' : 'tr-run'}>
          <span>
            <strong>{t(`presets.${r.setup.preset}`)}</strong>{' '}
            {parseGroups(r.setup.groups.join(','))
              .map((g) => t(`groups.${g}`))
              .join(', ')}
            <br />
            <span className="tr-muted">
              {t('runs.detail', {
                step: r.step,
                total: r.total,
                status: t(
                  `status.${r.status === 'training' && !(training && r.id === openId) ? 'paused' : r.status}`,
                ),
                saved: new Date(r.savedAt).toLocaleString(i18n.language),
              })}
            </span>
          </span>
          <span className="tr-run-actions">
            {r.id !== openId && (
              <button type="button" onClick={() => onOpen(r.id)} disabled={locked}>
                {t('runs.open')}
              </button>
            )}
            <button
              type="button"
              onClick={() => onDelete(r.id)}
              disabled={locked && r.id === openId}
              data-testid="run-delete"
            >
              {t('runs.delete')}
            </button>
          </span>
        </li>
      ))}
    </ul>
  );
}
