import { useTranslation } from 'react-i18next';
import { NotFound } from '../../components/errors/not-found';
import { useDocumentTitle } from '../../hooks/use-document-title';

export function NotFoundRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <main>
      <NotFound />
    </main>
  );
}
