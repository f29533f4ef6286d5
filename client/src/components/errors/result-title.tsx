import { useDocumentTitle } from '../../hooks/use-document-title';

/** A full-page result's title as the page's `<h1>`, in the look antd gives the title. */
export function ResultTitle({ children }: { children: string }) {
  useDocumentTitle(children);
  return <h1 style={{ font: 'inherit', color: 'inherit', margin: 0 }}>{children}</h1>;
}
