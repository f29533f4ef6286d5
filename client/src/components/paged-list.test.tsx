import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { collaborationRoutes } from '@qs/shared';
import { call } from '../lib/api-client';
import { aCollaboration, bureauUser } from '../testing/fixtures';
import { renderPage } from '../testing/render';
import { API, server } from '../testing/server';
import { PagedList } from './paged-list';

const THINGS = `${API}/collaborations`;
const PAGE_SIZE = 2;

/** The page asked for, of `total` things. */
function pageOf(total: number, request: Request) {
  const page = Number(new URL(request.url).searchParams.get('page') ?? 1);
  const first = (page - 1) * PAGE_SIZE;
  const items = Array.from({ length: Math.max(0, Math.min(PAGE_SIZE, total - first)) }, (_, i) =>
    aCollaboration({ id: `c${first + i + 1}`.padEnd(24, '0'), needTitle: `物品${first + i + 1}` }),
  );
  return HttpResponse.json({ items, total, page, limit: PAGE_SIZE });
}

const holding = (total: number) => http.get(THINGS, ({ request }) => pageOf(total, request));

function ThingList({ startAt = 1 }: { startAt?: number }) {
  const [page, setPage] = useState(startAt);
  const things = useQuery({
    queryKey: ['things', page],
    queryFn: () => call(collaborationRoutes.list, { query: { page, limit: PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  });
  return (
    <PagedList
      query={things}
      page={page}
      pageSize={PAGE_SIZE}
      onPageChange={setPage}
      label={{ text: '物品列表' }}
      count={(total) => `共 ${total} 件`}
      itemKey={(thing) => thing.id}
      renderItem={(thing) => <span>{thing.needTitle}</span>}
      empty={<p>还没有物品</p>}
    />
  );
}

const renderList = (startAt?: number) =>
  renderPage(<ThingList startAt={startAt} />, { signedIn: bureauUser, path: '/app/things' });

describe('PagedList', () => {
  it('when the page loads, then its items show as a named list with the count, and the pager turns pages', async () => {
    server.use(holding(3));
    const { user } = renderList();
    const list = await screen.findByRole('list', { name: '物品列表' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['物品1', '物品2']);
    expect(screen.getByText('共 3 件')).toBeInTheDocument();
    await user.click(screen.getByTitle('2'));
    expect(await screen.findByText('物品3')).toBeInTheDocument();
    expect(screen.queryByText('物品1')).not.toBeInTheDocument();
  });

  it('when everything fits on one page, then no pager shows', async () => {
    server.use(holding(2));
    renderList();
    expect(await screen.findByText('物品2')).toBeInTheDocument();
    expect(screen.queryByTitle('1')).not.toBeInTheDocument();
  });

  it('when there is nothing, then the empty state shows instead of a list', async () => {
    server.use(holding(0));
    renderList();
    expect(await screen.findByText('还没有物品')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: '物品列表' })).not.toBeInTheDocument();
  });

  it('when a later page has lost its items, then it turns to the last page there is', async () => {
    server.use(holding(3));
    renderList(5);
    expect(await screen.findByText('物品3')).toBeInTheDocument();
  });

  it('when loading fails, then a retry shows, and retry loads the page', async () => {
    let calls = 0;
    server.use(
      http.get(THINGS, ({ request }) =>
        ++calls === 1
          ? HttpResponse.json(
              { error: { code: 'FORBIDDEN', message: '无权查看', details: [] } },
              { status: 403 },
            )
          : pageOf(1, request),
      ),
    );
    const { user } = renderList();
    expect(await screen.findByText('加载失败')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /重试/ }));
    expect(await screen.findByText('物品1', undefined, { timeout: 5000 })).toBeInTheDocument();
  });
});
