import type { ResponseOf, RouteContract } from '@qs/shared';
import { statsExportRoutes, statsRoutes } from '@qs/shared';
import { authorize } from '../../lib/authorize';
import type { ApiRouter, RouteContext } from '../../lib/http/api-router';
import { sendXlsx } from '../../lib/xlsx';
import { cached } from './stats.cache';
import { statsCsv, statsXlsx } from './stats.export';
import { crossCity, funnel, overview, skillsGap, trend } from './stats.service';

export function registerStatsRoutes(api: ApiRouter): void {
  /** One figure: bureau and admin only, computed once per query while fresh. */
  const figure = <C extends RouteContract>(
    route: C,
    compute: (ctx: RouteContext<C>) => Promise<ResponseOf<C>>,
  ) =>
    api.handle(route, (ctx) => {
      authorize(ctx.actor, 'stats:read', undefined);
      return cached(`${route.path}:${JSON.stringify(ctx.query ?? {})}`, () => compute(ctx));
    });

  figure(statsRoutes.overview, () => overview());
  figure(statsRoutes.funnel, ({ query }) => funnel(query));
  figure(statsRoutes.skillsGap, () => skillsGap());
  figure(statsRoutes.crossCity, () => crossCity());
  figure(statsRoutes.trend, ({ query }) => trend(query));

  api.handle(statsRoutes.exportCsv, async ({ actor, res, lang }) => {
    authorize(actor, 'stats:read', undefined);
    const csv = await statsCsv(lang);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="stats.csv"');
    res.send(csv);
  });

  api.handle(statsExportRoutes.exportXlsx, async ({ actor, res, lang }) => {
    authorize(actor, 'stats:read', undefined);
    sendXlsx(res, await statsXlsx(lang), 'stats.xlsx');
  });
}
