import { useLocation } from 'react-router';
import { StatusMessage } from './form/FormFeedback';

/**
 * What the last page said when it sent the person here (`navigate(to, { state: { status } })`):
 * "Evento salvato." on the event page after its form. Announced politely, shown once.
 */
export function LocationStatus() {
  const { state } = useLocation() as { state: { status?: unknown } | null };
  const message = typeof state?.status === 'string' ? state.status : '';
  return <StatusMessage message={message} />;
}
