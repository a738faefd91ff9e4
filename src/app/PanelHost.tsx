/**
 * Loads one panel's code on demand, parses its URL state through the panel's schema, shows the
 * notices for anything adjusted, and keeps the panel inside its own error boundary.
 */
import { lazy, Suspense, useCallback, useMemo, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { PanelMeta, PanelProps } from '../panels/types.ts';
import {
  applyPatch,
  parseState,
  serializeState,
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
  const { state, notices } = useMemo(
    () => parseState(meta.schema, new URLSearchParams(query)),
    [meta.schema, query],
  );
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  const setState = useCallback(
    (patch: Partial<StateOf<Schema>>) => {
      replaceQuery(serializeState(meta.schema, applyPatch(meta.schema, state, patch)));
    },
    [meta.schema, state, replaceQuery],
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
