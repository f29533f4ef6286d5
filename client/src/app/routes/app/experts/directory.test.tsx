import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { paths } from '../../../../config/paths';
import { anExpert, enterpriseUser } from '../../../../testing/fixtures';
import { renderPage } from '../../../../testing/render';
import { API, server } from '../../../../testing/server';
import { ExpertsRoute } from './directory';

/** The directory's answers, one per request in turn (the last one repeated); the queries asked. */
function answerExperts(answers: Array<Record<string, unknown>>) {
  const queries: URLSearchParams[] = [];
  server.use(
    http.get(`${API}/experts`, ({ request }) => {
      queries.push(new URL(request.url).searchParams);
      const answer = answers[Math.min(queries.length, answers.length) - 1];
      return HttpResponse.json({
        items: [anExpert({ verification: { status: 'verified', at: '2025-03-01T02:00:00.000Z' } })],
        total: 1,
        page: 1,
        limit: 12,
        ...answer,
      });
    }),
  );
  return queries;
}

const openDirectory = (url = paths.app.experts.getHref()) =>
  renderPage(<ExpertsRoute />, {
    signedIn: enterpriseUser,
    path: paths.app.experts.getHref(),
    url,
  });

/** A facet's fieldset, by the title it starts with. */
const facet = (title: string) =>
  waitFor(() => {
    const found = [...document.querySelectorAll('fieldset')].find((fieldset) =>
      fieldset.textContent?.startsWith(title),
    );
    if (!found) throw new Error(`no facet ${title}`);
    return found as HTMLElement;
  });

const optionNames = (group: HTMLElement) =>
  within(group)
    .getAllByRole('checkbox')
    .map((box) => box.closest('label')?.textContent ?? '');

describe('expert directory', () => {
  it('when the search names a city, then the applied city shows as a chip, and removing it searches the rest of the words', async () => {
    const queries = answerExperts([
      { facets: {}, cityFromQuery: { cities: ['深圳'], q: '边缘计算' } },
      { facets: {} },
    ]);
    const { user } = openDirectory(
      `${paths.app.experts.getHref()}?q=${encodeURIComponent('深圳 边缘计算')}`,
    );

    const chips = await screen.findByRole('group', { name: '搜索中识别的城市' });
    expect(chips).toHaveTextContent('城市：深圳');
    expect(queries[0]?.get('q')).toBe('深圳 边缘计算');

    await user.click(within(chips).getByRole('button', { name: '移除城市筛选 深圳' }));

    await waitFor(() => expect(queries.at(-1)?.get('q')).toBe('边缘计算'));
    await waitFor(() =>
      expect(screen.queryByRole('group', { name: '搜索中识别的城市' })).not.toBeInTheDocument(),
    );
  });

  it('when the counts change after a filter, then the facet values keep their places', async () => {
    answerExperts([
      {
        facets: {
          skills: { tsn: 1, 'edge-computing': 5, mes: 3 },
          city: { 深圳: 1, 北京: 4, 青岛: 7 },
        },
      },
      {
        facets: {
          skills: { tsn: 9, 'edge-computing': 2, mes: 1 },
          city: { 深圳: 6, 北京: 1, 青岛: 2 },
        },
      },
    ]);
    const { user } = openDirectory();

    const skills = await facet('技能');
    await waitFor(() => expect(optionNames(skills)).toHaveLength(3));
    const skillOrder = optionNames(skills);
    expect(skillOrder.map((name) => name.replace(/\d+$/, ''))).toEqual([
      '时间敏感网络',
      '边缘计算',
      '制造执行系统',
    ]);
    const cities = await facet('所在城市');
    expect(optionNames(cities).map((name) => name.replace(/\d+$/, ''))).toEqual([
      '青岛',
      '深圳',
      '北京',
    ]);

    await user.click(within(cities).getByRole('checkbox', { name: /深圳/ }));

    await waitFor(() => expect(optionNames(skills)[0]).toBe('时间敏感网络9'));
    expect(optionNames(skills).map((name) => name.replace(/\d+$/, ''))).toEqual(
      skillOrder.map((name) => name.replace(/\d+$/, '')),
    );
    expect(optionNames(cities).map((name) => name.replace(/\d+$/, ''))).toEqual([
      '青岛',
      '深圳',
      '北京',
    ]);
  });
});
