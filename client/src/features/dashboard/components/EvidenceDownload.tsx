import { useId, useRef, useState } from 'react';
import { isErrorCode, type CodedError } from '@shared/errors';
import { useErrorText } from '../../../lib/errors';
import { translate } from '../../../lib/form-errors';
import { queryString, type DashboardQuery } from '../dashboard-filter';
import { fileSize } from '../format';
import { useDashboardI18n } from '../text';
import './evidence-download.css';

type State =
  | { step: 'idle' }
  | { step: 'loading'; received: number; total: number | null }
  | { step: 'done'; name: string; bytes: number }
  | { step: 'cancelled' }
  | { step: 'error'; message: string };

const fileNameOf = (res: Response) => /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'evidenze-fami.zip';

/** Hands a finished download to the browser as a file. */
function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The FAMI evidence pack of the period shown (coordinators): read as a stream so that a large period
 * shows how far it is, and a refusal is said in the page's language from its code.
 */
export function EvidenceDownload({ query }: { query: DashboardQuery }) {
  const { t, locale } = useDashboardI18n();
  const errors = useErrorText();
  const e = t.dashboard.evidence;
  const [state, setState] = useState<State>({ step: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const hintId = useId();

  const download = async () => {
    if (state.step === 'loading') return;
    const controller = new AbortController();
    abort.current = controller;
    setState({ step: 'loading', received: 0, total: null });
    try {
      const res = await fetch(`/api/reports/evidence.zip?${queryString(query, { lang: locale })}`, {
        credentials: 'same-origin',
        signal: controller.signal,
      });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { code?: unknown; params?: unknown } | null;
        const coded = isErrorCode(body?.code) ? ({ code: body.code, params: body.params ?? {} } as CodedError) : null;
        setState({ step: 'error', message: coded ? translate(coded, errors) : errors.INTERNAL });
        return;
      }
      const total = Number(res.headers.get('content-length')) || null;
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let received = 0;
      const reader = res.body!.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.byteLength;
        setState({ step: 'loading', received, total });
      }
      const name = fileNameOf(res);
      save(new Blob(chunks, { type: 'application/zip' }), name);
      setState({ step: 'done', name, bytes: received });
    } catch (error) {
      setState(controller.signal.aborted ? { step: 'cancelled' } : { step: 'error', message: errors.network });
      if (!controller.signal.aborted) console.warn('evidence pack:', error);
    } finally {
      abort.current = null;
    }
  };

  const loading = state.step === 'loading';
  return (
    <div className="evidence-download">
      <button type="button" className="btn btn-outline" onClick={download} aria-disabled={loading || undefined} aria-describedby={hintId}>
        <ZipIcon />
        {e.button}
      </button>
      <p id={hintId} className="small muted evidence-hint">
        {e.hint}
      </p>
      <div className="evidence-status" role="status" aria-live="polite">
        {loading && (
          <>
            <label className="evidence-progress">
              <span>{state.total ? e.progress(fileSize(state.received, locale), fileSize(state.total, locale)) : e.preparing}</span>
              <progress max={state.total ?? undefined} value={state.total ? state.received : undefined} />
            </label>
            <button type="button" className="btn btn-link" onClick={() => abort.current?.abort()}>
              {e.cancel}
            </button>
          </>
        )}
        {state.step === 'done' && <p className="evidence-done">{e.done(state.name, fileSize(state.bytes, locale))}</p>}
        {state.step === 'cancelled' && <p>{e.cancelled}</p>}
      </div>
      {state.step === 'error' && (
        <p className="evidence-error" role="alert">
          {e.failed} {state.message}
        </p>
      )}
    </div>
  );
}

function ZipIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
      <path d="M6 2h9l5 5v15H6zM14 2v6h6M11 6h2M11 9h2M11 12h2M10 15h4v4h-4z" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" />
    </svg>
  );
}
