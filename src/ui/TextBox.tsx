/**
 * A lab's text box: it keeps exactly what was typed or pasted up to its field's limit, and says
 * before anything is lost how long the text may be and how much of it a link holds. When a link
 * holds only the first part, "Copy full text" puts the whole text on the clipboard so it can be
 * shared another way. A paste longer than the limit is cut (between characters) with a notice.
 *
 *   <TextBox label="Prompt" value={state.prompt} field={schema.prompt}
 *            onChange={(prompt) => setState({ prompt })} testId="prompt" />
 *
 * Test ids: `<testId>` (the textarea), `-length`, `-link`, `-copy`, `-cut`.
 */
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StringField } from '../state/urlSchema.ts';
import { encodedLength, fitLength, sliceCodePoints } from '../state/urlText.ts';

const fmt = (n: number) => n.toLocaleString('en-US');

export interface TextBoxProps {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  /** The URL field the text lives in: its limit and its room in a link. */
  field: StringField;
  testId: string;
  id?: string;
  rows?: number;
  placeholder?: string;
  spellCheck?: boolean;
  /** Class of the label around the box (e.g. "field"). */
  className?: string;
}

export function TextBox({
  label,
  value,
  onChange,
  field,
  testId,
  id,
  rows = 3,
  placeholder,
  spellCheck = false,
  className = 'field',
}: TextBoxProps) {
  const { t } = useTranslation();
  const [cut, setCut] = useState(false);
  const [copy, setCopy] = useState<'idle' | 'done' | 'failed'>('idle');
  // The box owns what is typed; React writes it only when the text changed from outside (an
  // example, a link, a cut paste). A controlled textarea would also rewrite its default value
  // (a DOM text node as long as the text) on every keystroke: seconds for a megabyte.
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && el.value !== value) el.value = value;
  }, [value]);
  const change = (v: string) => {
    const tooLong = v.length > field.maxLength;
    setCut(tooLong);
    setCopy('idle');
    onChange(tooLong ? sliceCodePoints(v, field.maxLength) : v);
  };
  const kept = fitLength(value, field.link);
  const whole = kept >= value.length;
  const share = Math.round((100 * encodedLength(value.slice(0, kept))) / field.link);
  const copyAll = () => {
    const clip = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
    if (!clip) {
      setCopy('failed');
      return;
    }
    clip.writeText(value).then(
      () => setCopy('done'),
      () => setCopy('failed'),
    );
  };
  return (
    <div className="text-box">
      <label className={className}>
        {label}
        <textarea
          ref={ref}
          id={id}
          defaultValue={value}
          rows={rows}
          placeholder={placeholder}
          spellCheck={spellCheck}
          // Chromium saves a form field's value into the history entry on every replaceState
          // (each URL update): for a megabyte of text that is a multi-second task. The whole
          // text is kept by the page instead (PanelHost, fullTexts.ts).
          autoComplete="off"
          onChange={(e) => change(e.target.value)}
          data-testid={testId}
        />
      </label>
      <p className="text-box-status" aria-live="polite">
        <span data-testid={`${testId}-length`}>
          {t('textBox.length', { n: fmt(value.length), max: fmt(field.maxLength) })}
        </span>{' '}
        <span data-testid={`${testId}-link`} className={whole ? undefined : 'text-box-partial'}>
          {whole
            ? t('textBox.linkWhole', { share })
            : t('textBox.linkPart', { kept: fmt(kept), n: fmt(value.length) })}
        </span>
        {!whole && (
          <button
            type="button"
            className="text-box-copy"
            onClick={copyAll}
            data-testid={`${testId}-copy`}
          >
            {copy === 'done' ? t('textBox.copied') : t('textBox.copy')}
          </button>
        )}
        {copy === 'failed' && <span role="alert">{t('textBox.copyFailed')}</span>}
      </p>
      {cut && (
        <p className="notice" role="status" data-testid={`${testId}-cut`}>
          {t('textBox.cut', { max: fmt(field.maxLength) })}
        </p>
      )}
    </div>
  );
}
