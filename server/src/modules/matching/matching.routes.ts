import { matchingRoutes, type Actor } from '@qs/shared';
import { NotFoundError } from '../../lib/errors';
import type { ApiRouter } from '../../lib/http/api-router';
import { languageOf } from '../../lib/language';
import type { SearchEngine } from '../../lib/search';
import { authorizeNeed, findNeedOrFail, type NeedRecord } from '../needs';
import { extract, listExtractions, replayExtraction } from './extraction.service';
import { matchNeed } from './matching.service';

/** The need named by the path, which the actor must be allowed to match experts for. */
const needToMatch = {
  load: ({ params }: { params: { id: string } }) => findNeedOrFail(params.id),
  authorize: ({ actor }: { actor: Actor }, need: NeedRecord) =>
    authorizeNeed(actor, 'needs:match', need),
};

export function registerMatchingRoutes(api: ApiRouter, deps: { search: SearchEngine }): void {
  api.pipeline(matchingRoutes.matches, {
    ...needToMatch,
    command: ({ req, actor, query }, need) =>
      matchNeed(actor, need, query, {
        search: deps.search,
        lang: languageOf(req.get('accept-language')),
      }),
    present: (_ctx, matches) => matches,
  });

  api.pipeline(matchingRoutes.extract, {
    ...needToMatch,
    command: ({ actor, body }, need) => extract(actor, need, body, deps.search),
    present: (_ctx, extraction) => extraction,
  });

  api.pipeline(matchingRoutes.extractions, {
    ...needToMatch,
    command: (_ctx, need) => listExtractions(need),
    present: (_ctx, extractions) => extractions,
  });

  api.pipeline(matchingRoutes.replay, {
    ...needToMatch,
    command: async ({ params }, need) => {
      const replay = await replayExtraction(need, params.extractionId);
      if (!replay) throw new NotFoundError({ message: 'No such draw for this need' });
      return replay;
    },
    present: (_ctx, replay) => replay,
  });
}
