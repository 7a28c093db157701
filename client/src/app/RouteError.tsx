import { Component, type ReactNode } from 'react';
import { useI18n } from '../lib/i18n';

function ErrorMessage() {
  const { t } = useI18n();
  return (
    <div className="container narrow" role="alert">
      <h1>{t.common.error}</h1>
      <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
        {t.common.retry}
      </button>
    </div>
  );
}

/** Catches a screen that fails to load or render; header and footer stay usable. */
export class RouteErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  componentDidCatch(error: unknown) {
    console.error(error);
  }
  render() {
    return this.state.failed ? <ErrorMessage /> : this.props.children;
  }
}
