/**
 * Loads one panel's code on demand, parses its URL state through the panel's schema, shows the
 * notices for anything adjusted, and keeps the panel inside its own error boundary. It also keeps
 * the whole text of every text field: the URL holds what fits in a link, the panel always gets
 * what was typed (urlSchema.ts `withFullTexts`, kept across reloads by fullTexts.ts).
 */
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ComponentType,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { PanelMeta, PanelProps } from '../panels/types.ts';
import {
  loadFullTexts,
  saveFullTexts,
  saveFullTextsInSteps,
  type FullTexts,
} from '../state/fullTexts.ts';
import { parseHash } from '../state/route.ts';
import {
  applyPatch,
  linkedPart,
  parseState,
  serializeState,
  withFullTexts,
  type Schema,
  type StateOf,
} from '../state/urlSchema.ts';
import { PanelBoundary } from '../ui/PanelBoundary.tsx';
import { Spinner } from '../ui/LoadProgress.tsx';
import { UrlNotices } from './Notices.tsx';

const lazyCache = new Map<string, ComponentType<PanelProps<Schema>>>();
function lazyPanel(meta: PanelMeta<Schema>) {
  let c = lazyCache.get(meta.id);
  if (!c) {
    c = lazy(meta.load);
    lazyCache.set(meta.id, c);
  }
  return c;
}

export function PanelHost({
  meta,
  params,
  replaceQuery,
}: {
  meta: PanelMeta<Schema>;
  params: URLSearchParams;
  replaceQuery: (q: string) => void;
}) {
  const { t } = useTranslation();
  const query = params.toString();
  const parsed = useMemo(
    () => parseState(meta.schema, new URLSearchParams(query)),
    [meta.schema, query],
  );
  const [full, setFull] = useState<FullTexts>(() => loadFullTexts(meta.id));
  const { state, kept } = useMemo(
    () => withFullTexts(meta.schema, parsed.state, full),
    [meta.schema, parsed.state, full],
  );
  // "This link holds only part of the text" is for a page that does not have the rest.
  const notices = useMemo(
    () => parsed.notices.filter((n) => !(n.kind === 'partial' && kept.includes(n.key))),
    [parsed.notices, kept],
  );
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  // A patch applies to the state as it is now: the URL (written at once) and the texts kept so
  // far, not the last rendered `state`, which is older while a text box's update renders in the
  // background (TextBox). So typing, then moving a slider before that render, keeps both.
  const fullNow = useRef(full);
  useKeptTexts(meta, full, fullNow);
  const setState = useCallback(
    (patch: Partial<StateOf<Schema>>) => {
      const inUrl = parseState(meta.schema, parseHash(window.location.hash).params).state;
      const now = withFullTexts(meta.schema, inUrl, fullNow.current).state;
      const next = applyPatch(meta.schema, now, patch);
      const texts: Record<string, string> = {};
      for (const k of Object.keys(patch)) {
        if (meta.schema[k]?.kind === 'string') texts[k] = next[k] as string;
      }
      if (Object.keys(texts).length > 0) {
        fullNow.current = { ...fullNow.current, ...texts };
        setFull(fullNow.current);
      }
      replaceQuery(serializeState(meta.schema, next));
    },
    [meta.schema, replaceQuery],
  );

  const retry = useCallback(() => {
    lazyCache.delete(meta.id); // a failed chunk load is cached by React.lazy; start afresh
    setAttempt((a) => a + 1);
  }, [meta.id]);

  const Panel = lazyPanel(meta);
  const noticeKey = meta.id + '?' + query;
  return (
    <section className="panel" aria-labelledby="panel-title" data-panel={meta.id}>
      <header className="panel-header">
        <h1 id="panel-title">{t(`panels.${meta.id}.title`)}</h1>
        <p className="panel-section">{t('panel.reportSection', { section: meta.section })}</p>
      </header>
      {dismissed !== noticeKey && (
        <UrlNotices notices={notices} onDismiss={() => setDismissed(noticeKey)} />
      )}
      <PanelBoundary key={meta.id + ':' + attempt} onRetry={retry}>
        <Suspense fallback={<Spinner label={t('panel.loading')} />}>
          <Panel state={state} setState={setState} />
        </Suspense>
      </PanelBoundary>
    </section>
  );
}

/**
 * Stores the texts longer than their link in sessionStorage: shortly after typing, one part per
 * task (fullTexts.ts), and all at once when the page goes away. `now` holds the newest texts
 * (set as they are typed, before the lab's render commits `full`), so leaving the page right
 * after a paste keeps it too.
 */
function useKeptTexts(meta: PanelMeta<Schema>, full: FullTexts, now: RefObject<FullTexts>): void {
  const saved = useRef<FullTexts>(now.current);
  /** Stops the save in steps under way; says whether it had finished. */
  const stop = useRef<() => boolean>(() => true);
  const save = useCallback(
    (when: 'soon' | 'now') => {
      const texts = now.current;
      if (texts === saved.current) {
        // Saved, or being saved in steps; leaving the page finishes those at once.
        if (when === 'soon' || stop.current()) return;
      } else stop.current();
      saved.current = texts;
      const long: Record<string, string> = {};
      for (const [k, v] of Object.entries(texts)) {
        const f = meta.schema[k];
        if (f?.kind === 'string' && linkedPart(f, v) !== v) long[k] = v;
      }
      if (when === 'now') {
        stop.current = () => true;
        saveFullTexts(meta.id, long);
      } else stop.current = saveFullTextsInSteps(meta.id, long);
    },
    [meta, now],
  );
  useEffect(() => {
    const id = setTimeout(() => save('soon'), 300);
    return () => clearTimeout(id);
  }, [full, save]);
  useEffect(() => {
    const leave = () => save('now');
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      // Leaving the lab: the steps go on after it is gone.
      save('soon');
    };
  }, [save]);
}
