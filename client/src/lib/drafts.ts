/**
 * Unsaved work kept in the browser, per signed-in account and per record, so that nothing typed is
 * lost to an expired session, a closed tab or a click elsewhere. Drafts stay on this device only;
 * signing out removes the account's drafts (a shared office computer keeps nothing after that).
 */
const PREFIX = 'coopera.draft.';

export type StoredDraft<T> = { values: T; savedAt: string };

/** The storage key of one record's draft for one account: "coopera.draft.7:event:2031-06-10-…". */
export const draftKey = (userId: number, record: string) => `${PREFIX}${userId}:${record}`;

/** Storage can be missing, full or forbidden (private windows, policies): drafts then just are not kept. */
function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function readDraft<T>(key: string): StoredDraft<T> | null {
  try {
    const raw = storage()?.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as StoredDraft<T>;
    return parsed && typeof parsed === 'object' && 'values' in parsed ? parsed : null;
  } catch {
    return null;
  }
}

export function writeDraft<T>(key: string, values: T, now: Date = new Date()): void {
  try {
    storage()?.setItem(key, JSON.stringify({ values, savedAt: now.toISOString() } satisfies StoredDraft<T>));
  } catch {
    // Quota exceeded or storage refused: the page still warns before leaving unsaved work.
  }
}

export function removeDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to do: the draft could not be stored either.
  }
}

/** Every draft of an account (on signing out), or of every account. */
export function clearDrafts(userId?: number): void {
  const s = storage();
  if (!s) return;
  const prefix = userId === undefined ? PREFIX : `${PREFIX}${userId}:`;
  try {
    const keys = Array.from({ length: s.length }, (_, i) => s.key(i)).filter((k): k is string => !!k?.startsWith(prefix));
    for (const k of keys) s.removeItem(k);
  } catch {
    // Storage refused: nothing was kept.
  }
}
