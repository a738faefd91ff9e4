/**
 * URL state as a declared schema (README, Architecture): every visible control of a panel is a field
 * with a type, a default and its limits. `parseState` and `serializeState` are pure, so a link
 * reproduces exactly what its sender saw, and a hostile link can only produce clamped values
 * plus a list of notices, never an exception.
 *
 *   const schema = { base: num({ default: 10000, min: 100, max: 1e8 }) };
 *   parseState(schema, new URLSearchParams('base=1e309&x=1'))
 *   → { state: { base: 1e8 }, notices: [{ key: 'base', kind: 'clamped', … }, { key: 'x', kind: 'unknown', … }] }
 *
 * Text fields hold more than a link can: a string field's `maxLength` is what its box takes,
 * its `link` the URL characters a link spends on it. `serializeState` writes the part that fits
 * (cut between characters, see urlText.ts) and names the shortened fields in `cut=`, so the page
 * that opens the link can say it holds only part of the text; `withFullTexts` puts the whole
 * texts, kept by the page, back over the parts the URL holds.
 *
 * Deliberately left out: nested objects and arrays; a panel that needs a list encodes it in a
 * string field with its own pure codec.
 */
import { fitLength, sliceCodePoints, wellFormed } from './urlText.ts';

export interface NumberField {
  kind: 'number';
  default: number;
  min: number;
  max: number;
  /** Round to a whole number. */
  integer?: boolean;
  /** Round to the nearest even whole number (e.g. a RoPE head dimension). */
  even?: boolean;
  /** The slider's track is logarithmic: the parameter spans decades. */
  log?: boolean;
  /** The slider's step on a linear track (default: 1 for whole numbers, else 1/200 of the range). */
  step?: number;
  /** The slider's label: an i18n key with its namespace, e.g. 'rope:controls.base'. */
  label?: string;
}
export interface EnumField<V extends string = string> {
  kind: 'enum';
  default: V;
  values: readonly V[];
  /** The control's label: an i18n key with its namespace, e.g. 'rope:controls.method'. */
  label?: string;
}
export interface StringField {
  kind: 'string';
  default: string;
  /** Longest value taken (UTF-16 code units): the limit of the text box. */
  maxLength: number;
  /** URL characters a link spends on the value at most; a longer value is linked in part. */
  link: number;
}
export interface BooleanField {
  kind: 'boolean';
  default: boolean;
  /** The control's label: an i18n key with its namespace, e.g. 'rope:controls.auto'. */
  label?: string;
}
export type Field = NumberField | EnumField | StringField | BooleanField;
export type Schema = Record<string, Field>;

type ValueOf<F> = F extends NumberField
  ? number
  : F extends EnumField<infer V>
    ? V
    : F extends StringField
      ? string
      : F extends BooleanField
        ? boolean
        : never;
export type StateOf<S extends Schema> = { [K in keyof S]: ValueOf<S[K]> };

export type NoticeKind = 'clamped' | 'invalid' | 'unknown' | 'truncated' | 'partial';
export interface UrlNotice {
  key: string;
  kind: NoticeKind;
  /** The offending value, shortened for display (always rendered as text). */
  value: string;
  /** What was used instead. */
  used?: string;
}

export const num = (f: Omit<NumberField, 'kind'>): NumberField => ({ kind: 'number', ...f });
export const oneOf = <V extends string>(
  values: readonly V[],
  def: V,
  label?: string,
): EnumField<V> => ({ kind: 'enum', values, default: def, ...(label ? { label } : {}) });
/** A string field; `link` defaults to room for the whole value in any script (9 URL characters each). */
export const str = (def: string, maxLength: number, link = maxLength * 9): StringField => ({
  kind: 'string',
  default: def,
  maxLength,
  link,
});
export const bool = (def: boolean, label?: string): BooleanField => ({
  kind: 'boolean',
  default: def,
  ...(label ? { label } : {}),
});

/** The key that names the fields a link holds only in part: `cut=text,conv`. */
export const CUT_KEY = 'cut';
/** Keys that belong to the shell, not to any panel (e.g. `embed=1`). */
export const GLOBAL_KEYS = new Set(['embed', CUT_KEY]);

const MAX_SHOWN = 40;
function shorten(s: string): string {
  return s.length > MAX_SHOWN ? s.slice(0, MAX_SHOWN) + '…' : s;
}

/** Clamp and round a number to a field's limits. clampNumber(f, 7) with even → 8 (ties up). */
export function clampNumber(f: NumberField, x: number): number {
  let v = Math.min(f.max, Math.max(f.min, x));
  if (f.even) {
    v = Math.round(v / 2) * 2;
    if (v > f.max) v -= 2;
    if (v < f.min) v += 2;
  } else if (f.integer) {
    v = Math.round(v);
  }
  return v;
}

/** Parses one field's raw string. Returns the value and, when it was not taken as is, a notice. */
export function parseField(
  key: string,
  f: Field,
  raw: string,
): { value: ValueOf<Field>; notice?: UrlNotice } {
  switch (f.kind) {
    case 'number': {
      const x = raw.trim() === '' ? NaN : Number(raw);
      if (Number.isNaN(x)) {
        return {
          value: f.default,
          notice: { key, kind: 'invalid', value: shorten(raw), used: String(f.default) },
        };
      }
      const v = clampNumber(f, x);
      if (v !== x)
        return { value: v, notice: { key, kind: 'clamped', value: shorten(raw), used: String(v) } };
      return { value: v };
    }
    case 'enum': {
      if ((f.values as readonly string[]).includes(raw)) return { value: raw };
      return {
        value: f.default,
        notice: { key, kind: 'invalid', value: shorten(raw), used: f.default },
      };
    }
    case 'boolean': {
      if (raw === '1' || raw === 'true') return { value: true };
      if (raw === '0' || raw === 'false') return { value: false };
      return {
        value: f.default,
        notice: { key, kind: 'invalid', value: shorten(raw), used: f.default ? '1' : '0' },
      };
    }
    case 'string': {
      if (raw.length > f.maxLength) {
        return {
          value: sliceCodePoints(raw, f.maxLength),
          notice: { key, kind: 'truncated', value: shorten(raw), used: String(f.maxLength) },
        };
      }
      return { value: raw };
    }
  }
}

/** The schema's defaults. */
export function defaults<S extends Schema>(schema: S): StateOf<S> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(schema)) out[k] = schema[k].default;
  return out as StateOf<S>;
}

/**
 * URL query → state. Unknown keys are dropped with a notice; every value is validated.
 * Never throws.
 */
export function parseState<S extends Schema>(
  schema: S,
  params: URLSearchParams,
): { state: StateOf<S>; notices: UrlNotice[]; partial: string[] } {
  const state = defaults(schema) as Record<string, unknown>;
  const notices: UrlNotice[] = [];
  const seen = new Set<string>();
  for (const [key, raw] of params) {
    if (GLOBAL_KEYS.has(key)) continue;
    if (!Object.prototype.hasOwnProperty.call(schema, key)) {
      notices.push({ key: shorten(key), kind: 'unknown', value: shorten(raw) });
      continue;
    }
    if (seen.has(key)) continue; // the first occurrence wins
    seen.add(key);
    const { value, notice } = parseField(key, schema[key], raw);
    state[key] = value;
    if (notice) notices.push(notice);
  }
  // Fields the sender's page had more of than the link holds.
  const partial: string[] = [];
  for (const key of (params.get(CUT_KEY) ?? '').split(',')) {
    const f = Object.prototype.hasOwnProperty.call(schema, key) ? schema[key] : undefined;
    if (f?.kind !== 'string' || !params.has(key) || partial.includes(key)) continue;
    partial.push(key);
    const n = (state[key] as string).length;
    notices.push({ key, kind: 'partial', value: '', used: n.toLocaleString('en-US') });
  }
  return { state: state as StateOf<S>, notices, partial };
}

/** The part of a text field's value that a link holds, as the page reading the link gets it. */
export function linkedPart(f: StringField, value: string): string {
  return wellFormed(value.slice(0, fitLength(value, f.link)));
}

/**
 * Puts the whole texts the page keeps (`full`) over the parts a URL holds: a field takes its
 * full text when the URL holds exactly the part of it a link would hold; any other URL value
 * (a link opened, the back button) wins. Returns the fields that took their full text.
 *
 *   withFullTexts({ t: str('', 99, 3) }, { t: 'abc' }, { t: 'abcdef' }) → state.t 'abcdef'
 */
export function withFullTexts<S extends Schema>(
  schema: S,
  state: StateOf<S>,
  full: Readonly<Record<string, string>>,
): { state: StateOf<S>; kept: string[] } {
  const out = { ...state } as Record<string, unknown>;
  const kept: string[] = [];
  for (const k of Object.keys(full)) {
    const f = Object.prototype.hasOwnProperty.call(schema, k) ? schema[k] : undefined;
    if (f?.kind !== 'string' || out[k] === full[k]) continue;
    if (linkedPart(f, full[k]) === out[k]) {
      out[k] = full[k];
      kept.push(k);
    }
  }
  return { state: out as StateOf<S>, kept };
}

/** State → URL query, writing only values that differ from the defaults, in schema order. */
export function serializeState<S extends Schema>(schema: S, state: StateOf<S>): string {
  const params = new URLSearchParams();
  const cut: string[] = [];
  for (const k of Object.keys(schema)) {
    const f = schema[k];
    const v = (state as Record<string, unknown>)[k];
    if (v === undefined || v === f.default) continue;
    if (f.kind === 'string' && typeof v === 'string') {
      const n = fitLength(v, f.link);
      if (n < v.length) cut.push(k);
      params.set(k, v.slice(0, n));
    } else params.set(k, f.kind === 'boolean' ? (v ? '1' : '0') : String(v));
  }
  if (cut.length > 0) params.set(CUT_KEY, cut.join(','));
  return params.toString();
}

/**
 * Merges a patch into a state, clamping numbers and rejecting values outside an enum, so
 * controls cannot push an out-of-range value into the URL either.
 */
export function applyPatch<S extends Schema>(
  schema: S,
  state: StateOf<S>,
  patch: Partial<StateOf<S>>,
): StateOf<S> {
  const next = { ...state } as Record<string, unknown>;
  for (const k of Object.keys(patch)) {
    const f = schema[k];
    if (!f) continue;
    const v = (patch as Record<string, unknown>)[k];
    if (f.kind === 'number' && typeof v === 'number' && !Number.isNaN(v))
      next[k] = clampNumber(f, v);
    else if (
      f.kind === 'enum' &&
      typeof v === 'string' &&
      (f.values as readonly string[]).includes(v)
    )
      next[k] = v;
    else if (f.kind === 'string' && typeof v === 'string')
      next[k] = sliceCodePoints(v, f.maxLength);
    else if (f.kind === 'boolean' && typeof v === 'boolean') next[k] = v;
  }
  return next as StateOf<S>;
}
