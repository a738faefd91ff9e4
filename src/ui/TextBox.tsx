/**
 * A lab's text box: it keeps exactly what was typed or pasted up to its field's limit, and says
 * before anything is lost how long the text may be and how much of it a link holds. When a link
 * holds only the first part, "Copy full text" puts the whole text on the clipboard so it can be
 * shared another way. A paste longer than the limit is cut (between characters) with a notice.
 *
 *   <TextBox label="Prompt" value={state.prompt} field={schema.prompt}
 *            onChange={(prompt) => setState({ prompt })} testId="prompt" />
 *
 * What the lab makes of a change renders in the background (a transition): the box, its limits
 * and its link status show the keystroke or the paste at once, and the lab follows without a
 * long task, however long the text. The box itself is a TextArea, written by React only when
 * the text changes from outside.
 *
 * Test ids: `<testId>` (the textarea), `-length`, `-link`, `-copy`, `-cut`.
 */
import { startTransition, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StringField } from '../state/urlSchema.ts';
import { encodedLength, fitLength, sliceCodePoints } from '../state/urlText.ts';
import { TextArea } from './TextArea.tsx';

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
  const ref = useRef<HTMLTextAreaElement>(null);
  // The text as the box has it: what was typed, at once, until the lab's value moves on (an
  // example, a link). The limits and the link status below follow it without waiting for the lab.
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    setText(value);
  }
  const change = (v: string) => {
    const tooLong = v.length > field.maxLength;
    const next = tooLong ? sliceCodePoints(v, field.maxLength) : v;
    // A paste over the limit is cut in the box at once, before the page draws it: laying out
    // megabytes the box does not keep would freeze the page for seconds.
    if (tooLong) ref.current?.setRangeText('', next.length, v.length, 'end');
    setCut(tooLong);
    setCopy('idle');
    setText(next);
    startTransition(() => onChange(next));
  };
  const kept = fitLength(text, field.link);
  const whole = kept >= text.length;
  const share = Math.round((100 * encodedLength(text.slice(0, kept))) / field.link);
  const copyAll = () => {
    const clip = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
    if (!clip) {
      setCopy('failed');
      return;
    }
    clip.writeText(text).then(
      () => setCopy('done'),
      () => setCopy('failed'),
    );
  };
  return (
    <div className="text-box">
      <label className={className}>
        {label}
        <TextArea
          textareaRef={ref}
          id={id}
          value={text}
          rows={rows}
          placeholder={placeholder}
          spellCheck={spellCheck}
          // Chromium saves a form field's value into the history entry on every replaceState
          // (each URL update): for a megabyte of text that is a multi-second task. The whole
          // text is kept by the page instead (PanelHost, fullTexts.ts).
          autoComplete="off"
          onChange={change}
          data-testid={testId}
        />
      </label>
      <p className="text-box-status" aria-live="polite">
        <span data-testid={`${testId}-length`}>
          {t('textBox.length', { n: fmt(text.length), max: fmt(field.maxLength) })}
        </span>{' '}
        <span data-testid={`${testId}-link`} className={whole ? undefined : 'text-box-partial'}>
          {whole
            ? t('textBox.linkWhole', { share })
            : t('textBox.linkPart', { kept: fmt(kept), n: fmt(text.length) })}
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
