import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { QueryState } from '../../components/QueryState';
import { useEditI18n } from './text';
import { trpc } from '../../lib/trpc';
import { OrganizationForm } from './OrganizationForm';
import { PanelSection } from './RecordSection';

/** The organisation's own profile (name, place, codes, descriptions), read with its version. */
export function OrganizationSection({ organizationId }: { organizationId: number }) {
  const { t, formatDate } = useEditI18n();
  const organization = useQuery(trpc.organizations.get.queryOptions({ id: organizationId }));
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const close = (message = '') => {
    setOpen(false);
    setStatus(message);
    headingRef.current?.focus();
  };
  return (
    <PanelSection
      id="panel-organization"
      title={t.edit.organization.title}
      headingRef={headingRef}
      intro={
        <>
          {t.edit.organization.intro}
          {organization.data &&
            ` ${t.edit.organization.lastChange(formatDate(organization.data.updatedAt, { dateStyle: 'long', timeStyle: 'short' }))}`}
        </>
      }
      status={status}
    >
      {open ? (
        <QueryState query={organization}>
          {(o) => (
            <div className="record-card is-editing">
              <OrganizationForm
                key={o.version}
                organization={o}
                onCancel={() => close()}
                onSaved={() => close(t.edit.organization.saved)}
                onReloaded={() => setStatus(t.form.reloaded)}
              />
            </div>
          )}
        </QueryState>
      ) : (
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => {
            setStatus('');
            setOpen(true);
          }}
        >
          {t.edit.organization.edit}
        </button>
      )}
    </PanelSection>
  );
}
