import { useSearchParams } from 'react-router';

/** The value when it is one of `values`: the URL is anyone's to edit. */
export const oneOf = <T extends string>(values: readonly T[], v: string | null): T | undefined =>
  v && (values as readonly string[]).includes(v) ? (v as T) : undefined;

/**
 * The URL's query and one way to change it: `edit` receives a copy of the live query to modify, and
 * the result replaces the history entry rather than adding one.
 *
 * The copy is built from `window.location.search`, not the hook's `prev`: react-router renders
 * navigations in a transition, so two quick changes could otherwise start from a stale query and
 * undo each other.
 */
export function useQueryEditor() {
  const [params, setParams] = useSearchParams();
  const editQuery = (edit: (next: URLSearchParams) => void) =>
    setParams(
      () => {
        const next = new URLSearchParams(window.location.search);
        edit(next);
        return next;
      },
      { replace: true },
    );
  return { params, editQuery };
}

/**
 * Filters kept in the URL's query, so that a filtered view can be bookmarked and shared:
 * `setFilter` sets one, or removes it when empty; `reset` removes them all.
 */
export function useUrlFilters<K extends string = string>() {
  const { params, editQuery } = useQueryEditor();
  /** Sets a filter (removes it when empty), and drops the `alsoDrop` keys that depend on it (a page number). */
  const setFilter = (key: K, value: string, alsoDrop: readonly string[] = []) =>
    editQuery((next) => {
      if (value) next.set(key, value);
      else next.delete(key);
      for (const k of alsoDrop) next.delete(k);
    });
  const reset = () => editQuery((next) => [...next.keys()].forEach((k) => next.delete(k)));
  return { params, setFilter, reset };
}
