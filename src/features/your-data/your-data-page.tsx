import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { DeleteSection } from './delete-section';
import { ExportSection } from './export-section';
import { ImportSection } from './import-section';
import { LockSection } from './lock-section';
import './your-data.css';

/** Everything about the records kept on this device: export, import, the lock, and deleting it all. */
export function YourDataPage() {
  const { t } = useTranslation();
  const { hash } = useLocation();
  // Arriving from "forgotten your passphrase?" goes straight to deleting everything.
  useEffect(() => {
    if (hash === '#delete-everything') document.getElementById('delete-everything')?.focus();
  }, [hash]);
  return (
    <>
      <PageHeading>{t('yourData.title')}</PageHeading>
      <p className="lead">{t('yourData.intro')}</p>
      <LockSection />
      <ExportSection />
      <ImportSection />
      <DeleteSection />
    </>
  );
}
