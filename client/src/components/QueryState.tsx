import type { ReactNode } from 'react';
import { useI18n } from '../lib/i18n';

type QueryLike<T> = { data: T | undefined; isPending: boolean; isError: boolean; refetch: () => unknown };

export function LoadingState() {
  const { t } = useI18n();
  return (
    <p className="state state-loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {t.common.loading}
    </p>
  );
}

/** Loading and error states for a query; renders children only once data is there. */
export function QueryState<T>({
  query,
  children,
  notFound,
}: {
  query: QueryLike<T> & { error?: unknown };
  children: (data: T) => ReactNode;
  notFound?: ReactNode;
}) {
  const { t } = useI18n();
  if (query.isPending) return <LoadingState />;
  if (query.isError || query.data === undefined) {
    const code = (query.error as { data?: { code?: string } } | undefined)?.data?.code;
    if (code === 'NOT_FOUND' && notFound) return <>{notFound}</>;
    return (
      <div className="state state-error" role="alert">
        <p>{t.common.error}</p>
        <button type="button" className="btn btn-outline" onClick={() => query.refetch()}>
          {t.common.retry}
        </button>
      </div>
    );
  }
  return <>{children(query.data)}</>;
}
