import type { ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import type { UserRole } from '@shared/enums';
import type { Me } from '../lib/api-types';
import { useDocumentTitle } from '../lib/i18n';
import { useReservedI18n } from '../lib/i18n/reserved';
import { hasRole } from '../lib/permissions';
import { useMe } from '../lib/session';
import { QueryState } from './QueryState';

/**
 * A signed-in screen: anonymous visitors go to the login page (and come back afterwards);
 * a role too low gets a plain refusal. The server refuses the data anyway: this is for people.
 */
export function RequireUser({
  min = 'viewer',
  allowPendingMfa = false,
  children,
}: {
  min?: UserRole;
  /** The account page stays reachable before a required second factor is enrolled. */
  allowPendingMfa?: boolean;
  children: (me: Me) => ReactNode;
}) {
  const me = useMe();
  const { pathname, search } = useLocation();
  const { to } = useReservedI18n();
  if (me.data === undefined) {
    return (
      <div className="container">
        <QueryState query={me}>{() => null}</QueryState>
      </div>
    );
  }
  if (me.data === null) {
    return <Navigate replace to={`${to('/login')}?next=${encodeURIComponent(pathname + search)}`} />;
  }
  if (!allowPendingMfa && me.data.mfaSetupRequired) return <MfaFirst />;
  if (!allowPendingMfa && !hasRole(me.data, min)) return <Refused />;
  return <>{children(me.data)}</>;
}

function MfaFirst() {
  const { t, to } = useReservedI18n();
  useDocumentTitle(t.account.mfaRequiredTitle);
  return (
    <div className="container narrow">
      <h1>{t.account.mfaRequiredTitle}</h1>
      <p>{t.account.mfaRequiredText}</p>
      <p>
        <Link className="btn btn-primary" to={to('/account')}>
          {t.account.goToAccount}
        </Link>
      </p>
    </div>
  );
}

function Refused() {
  const { t, to } = useReservedI18n();
  useDocumentTitle(t.account.refusedTitle);
  return (
    <div className="container narrow">
      <h1>{t.account.refusedTitle}</h1>
      <p>{t.account.refusedText}</p>
      <p>
        <Link to={to('/account')}>{t.account.goToAccount}</Link>
      </p>
    </div>
  );
}
