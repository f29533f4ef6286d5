import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFound } from './not-found';
import { ErrorFallback } from './error-fallback';

/** The router's error element: a failed lazy page load or a render error outside any boundary. */
export function RouteErrorFallback() {
  const error = useRouteError();
  return (
    <main>
      {isRouteErrorResponse(error) && error.status === 404 ? (
        <NotFound />
      ) : (
        // A reload also picks up page bundles replaced by a newer deployment.
        <ErrorFallback error={error} onRetry={() => window.location.reload()} />
      )}
    </main>
  );
}
