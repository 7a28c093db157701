import { useCallback, useEffect, useRef, useState } from 'react';
import { readDraft, removeDraft, writeDraft } from '../../lib/drafts';
import type { FormFeedback } from './FormFeedback';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What a form with a draft knows about its unsaved work. */
export type DraftState = {
  /** The values differ from what was loaded (or saved last). */
  dirty: boolean;
  /** When the draft restored on opening had been written, or null. */
  restoredAt: string | null;
  /** Back to the stored record, forgetting the draft. */
  discard: () => void;
  /** After a successful save: the values are the record now, the draft goes. */
  saved: () => void;
  /** Whether leaving now would leave unsaved work: up to date even right after `saved()`, before a render. */
  isDirty: () => boolean;
};

/**
 * A form's values; `set(key)` is the onValue of a field, which also clears the field's old error.
 * With a `draftKey` (lib/drafts), every change is kept in the browser and restored when the form
 * opens again, until it is saved or discarded; closing the tab with unsaved work asks first.
 */
export function useFormValues<V extends object>(feedback: FormFeedback, initial: () => V, draftKey?: string | null) {
  const [start] = useState(() => {
    const base = initial();
    const stored = draftKey ? readDraft<Partial<V>>(draftKey) : null;
    if (!stored || same({ ...base, ...stored.values }, base)) return { base, values: base, restoredAt: null };
    return { base, values: { ...base, ...stored.values } as V, restoredAt: stored.savedAt };
  });
  const [baseline, setBaseline] = useState<V>(start.base);
  const [values, setValues] = useState<V>(start.values);
  const [restoredAt, setRestoredAt] = useState<string | null>(start.restoredAt);
  const current = useRef(values);
  current.current = values;
  const dirty = !same(values, baseline);
  const dirtyNow = useRef(dirty);
  dirtyNow.current = dirty;

  useEffect(() => {
    if (!draftKey) return;
    if (dirty) writeDraft(draftKey, values);
    else removeDraft(draftKey);
  }, [draftKey, dirty, values]);

  useEffect(() => {
    if (!draftKey || !dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [draftKey, dirty]);

  const set =
    <K extends keyof V & string>(key: K) =>
    (value: V[K]) => {
      feedback.clear(key);
      setValues((v) => ({ ...v, [key]: value }));
    };

  const discard = useCallback(() => {
    if (draftKey) removeDraft(draftKey);
    setRestoredAt(null);
    setValues(baseline);
  }, [draftKey, baseline]);

  const saved = useCallback(() => {
    if (draftKey) removeDraft(draftKey);
    setRestoredAt(null);
    setBaseline(current.current);
    // The page usually navigates away in the same tick: the leave guard must not stop it.
    dirtyNow.current = false;
  }, [draftKey]);

  const isDirty = useCallback(() => dirtyNow.current, []);

  const draft: DraftState = { dirty, restoredAt, discard, saved, isDirty };
  return { values, setValues, set, draft };
}
