import { drawRecordRoutes, matchingRoutes, type Actor } from '@qs/shared';
import type { ApiRouter } from '../../lib/http/api-router';
import { languageOf } from '../../lib/language';
import type { SearchEngine } from '../../lib/search';
import { authorizeNeed, findNeedOrFail, type NeedRecord } from '../needs';
import { drawRecordData, renderDrawRecord } from './draw-record';
import {
  extract,
  getExtraction,
  listExtractions,
  loadExtraction,
  replayExtraction,
  topUpExtraction,
} from './extraction.service';
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
    command: ({ params }, need) => replayExtraction(need, params.extractionId),
    present: (_ctx, replay) => replay,
  });

  api.pipeline(matchingRoutes.extraction, {
    ...needToMatch,
    command: ({ params }, need) => getExtraction(need, params.extractionId),
    present: (_ctx, extraction) => extraction,
  });

  api.pipeline(matchingRoutes.topUp, {
    ...needToMatch,
    command: ({ actor, params, body }, need) =>
      topUpExtraction(actor, need, params.extractionId, body, deps.search),
    present: (_ctx, extraction) => extraction,
  });

  api.pipeline(drawRecordRoutes.pdf, {
    ...needToMatch,
    command: async ({ params }, need) =>
      drawRecordData(need, await loadExtraction(need, params.extractionId)),
    present: async ({ req, res }, data) => {
      const pdf = await renderDrawRecord(data, languageOf(req.get('accept-language')));
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader('Content-Disposition', 'attachment; filename="draw-record.pdf"');
      res.setHeader('Cache-Control', 'private, no-store');
      res.send(pdf);
    },
  });
}
