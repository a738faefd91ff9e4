/**
 * A textarea for text of any length: the box owns what is typed or pasted, and React writes its
 * value only when the text changed from outside (an example, a link, a cut paste, a cleared
 * message). A controlled textarea would compare and rewrite the whole value, and React also
 * rewrites a textarea's default value (a DOM text node as long as the text) on every update:
 * for a megabyte, hundreds of milliseconds on each keystroke.
 *
 *   <TextArea value={draft} onChange={setDraft} rows={2} data-testid="chat-input" />
 *
 * Deliberately left out: `defaultValue` (the value is written once mounted, like any outside
 * change) and uncontrolled use without `value`.
 */
import { useLayoutEffect, useRef, type RefObject, type TextareaHTMLAttributes } from 'react';

export interface TextAreaProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'value' | 'defaultValue' | 'onChange'
> {
  value: string;
  onChange: (value: string) => void;
  /** The textarea element, for a caller that needs it (default: a ref of its own). */
  textareaRef?: RefObject<HTMLTextAreaElement | null>;
  'data-testid'?: string;
}

export function TextArea({ value, onChange, textareaRef, ...rest }: TextAreaProps) {
  const own = useRef<HTMLTextAreaElement>(null);
  const ref = textareaRef ?? own;
  // What the box itself last reported: the same string coming back is no outside change, and
  // comparing a string with itself costs nothing, unlike reading a megabyte back from the box.
  const reported = useRef<string | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || value === reported.current) return;
    if (el.value !== value) el.value = value;
    reported.current = value;
  }, [value, ref]);
  return (
    <textarea
      ref={ref}
      {...rest}
      onChange={(e) => {
        const v = e.target.value;
        reported.current = v;
        onChange(v);
      }}
    />
  );
}
