import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { useReservedI18n } from '../../lib/i18n/reserved';
import { useKeepAlive } from '../../lib/keep-alive';
import { useNavigationBlocker } from '../../lib/navigation-guard';
import type { DraftState } from './useFormValues';

/**
 * The state of a form's unsaved work: a note when a draft was restored (with "discard"), a
 * visible "unsaved changes" mark, and a question before any in-app navigation leaves it.
 */
export function DraftStatus({ draft }: { draft: DraftState }) {
  const { t, formatDate } = useReservedI18n();
  useKeepAlive(draft.dirty);
  return (
    <>
      {draft.restoredAt && (
        <div className="callout draft-restored" role="status">
          <p>{t.form.draftRestored(formatDate(draft.restoredAt, { dateStyle: 'medium', timeStyle: 'short' }))}</p>
          <button type="button" className="btn btn-outline btn-sm" onClick={draft.discard}>
            {t.form.discardDraft}
          </button>
        </div>
      )}
      <p className={`draft-state ${draft.dirty ? 'is-dirty' : ''}`} aria-live="polite">
        {draft.dirty ? t.form.unsaved : t.form.allSaved}
      </p>
      <LeaveGuard when={draft.isDirty} />
    </>
  );
}

/** Asks before an in-app navigation leaves unsaved work (the draft stays either way). */
export function LeaveGuard({ when }: { when: () => boolean }) {
  const { t } = useReservedI18n();
  const { pathname } = useLocation();
  const blocker = useNavigationBlocker((next) => when() && next.pathname !== pathname);
  const stayRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (blocker.blocked) stayRef.current?.focus();
  }, [blocker.blocked]);
  if (!blocker.blocked) return null;
  return (
    <div
      className="leave-guard"
      onKeyDown={(e) => {
        if (e.key === 'Escape') blocker.reset();
      }}
      role="alertdialog" aria-modal="true" aria-labelledby="leave-guard-title" aria-describedby="leave-guard-text">
      <div className="leave-guard-box">
        <h2 id="leave-guard-title" className="h4">
          {t.form.leaveTitle}
        </h2>
        <p id="leave-guard-text">{t.form.leaveText}</p>
        <div className="form-actions">
          <button ref={stayRef} type="button" className="btn btn-primary" onClick={() => blocker.reset()}>
            {t.form.stay}
          </button>
          <button type="button" className="btn btn-outline" onClick={() => blocker.proceed()}>
            {t.form.leave}
          </button>
        </div>
      </div>
    </div>
  );
}
