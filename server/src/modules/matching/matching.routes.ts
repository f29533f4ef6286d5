import { matchingRoutes } from '@qs/shared';
import type { ApiRouter } from '../../lib/http/api-router';
import { languageOf } from '../../lib/language';
import type { SearchEngine } from '../../lib/search';
import {
  extract,
  getExtraction,
  listExtractions,
  replayExtraction,
  topUpExtraction,
} from './extraction.service';
import { matchNeed } from './matching.service';

export function registerMatchingRoutes(api: ApiRouter, deps: { search: SearchEngine }): void {
  api.handle(matchingRoutes.matches, ({ req, actor, params, query }) =>
    matchNeed(actor, params.id, query, {
      search: deps.search,
      lang: languageOf(req.get('accept-language')),
    }),
  );

  api.handle(matchingRoutes.extract, ({ actor, params, body }) =>
    extract(actor, params.id, body, deps.search),
  );

  api.handle(matchingRoutes.extractions, ({ actor, params }) => listExtractions(actor, params.id));

  api.handle(matchingRoutes.replay, ({ actor, params }) =>
    replayExtraction(actor, params.id, params.extractionId),
  );

  api.handle(matchingRoutes.extraction, ({ actor, params }) =>
    getExtraction(actor, params.id, params.extractionId),
  );

  api.handle(matchingRoutes.topUp, ({ actor, params, body }) =>
    topUpExtraction(actor, params.id, params.extractionId, body, deps.search),
  );
}
