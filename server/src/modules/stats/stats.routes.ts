import type { ResponseOf, RouteContract } from '@qs/shared';
import { poolRuleRoutes, statsExportRoutes, statsRoutes } from '@qs/shared';
import { authorize } from '../../lib/authorize';
import type { ApiRouter, RouteContext } from '../../lib/http/api-router';
import { sendXlsx } from '../../lib/xlsx';
import { fairness } from './fairness';
import { cached } from './stats.cache';
import { statsCsv, statsXlsx } from './stats.export';
import { crossCityPairs } from './stats.pairs';
import { crossCity, funnel, overview, skillsGap, trend } from './stats.service';

const readStats = ({ actor }: { actor: RouteContext<RouteContract>['actor'] }) =>
  authorize(actor, 'stats:read', undefined);

export function registerStatsRoutes(api: ApiRouter): void {
  /** One figure: bureau and admin only, computed once per query while fresh. */
  const figure = <C extends RouteContract>(
    route: C,
    compute: (ctx: RouteContext<C>) => Promise<ResponseOf<C>>,
  ) =>
    api.pipeline<C, undefined, ResponseOf<C>>(route, {
      authorize: readStats,
      command: (ctx) =>
        cached(`${route.path}:${JSON.stringify(ctx.query ?? {})}`, () => compute(ctx)),
      present: (_ctx, figures) => figures,
    });

  figure(statsRoutes.overview, ({ query }) => overview(query));
  figure(statsRoutes.funnel, ({ query }) => funnel(query));
  figure(statsRoutes.skillsGap, ({ query }) => skillsGap(query));
  figure(statsRoutes.crossCity, ({ query }) => crossCity(query));
  figure(statsRoutes.crossCityPairs, ({ query }) => crossCityPairs(query));
  figure(statsRoutes.trend, ({ query }) => trend(query));
  figure(poolRuleRoutes.fairness, ({ query }) => fairness(query));

  api.pipeline(statsRoutes.exportCsv, {
    authorize: readStats,
    command: ({ lang, query }) => statsCsv(lang, query),
    present: ({ res }, csv) => {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', 'attachment; filename="stats.csv"');
      res.send(csv);
    },
  });

  api.pipeline(statsExportRoutes.exportXlsx, {
    authorize: readStats,
    command: ({ lang, query }) => statsXlsx(lang, query),
    present: ({ res }, workbook) => sendXlsx(res, workbook, 'stats.xlsx'),
  });
}
