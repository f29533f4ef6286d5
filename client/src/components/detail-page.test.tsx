import { useQuery } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { collaborationRoutes } from '@qs/shared';
import { call } from '../lib/api-client';
import { aCollaboration, bureauUser, ids } from '../testing/fixtures';
import { renderPage } from '../testing/render';
import { API, server } from '../testing/server';
import { DetailPage } from './detail-page';

const THING = `${API}/collaborations/${ids.collaboration}`;
const thing = () => HttpResponse.json({ collaboration: aCollaboration({ needTitle: '数控机床' }) });

function ThingPage() {
  const thing = useQuery({
    queryKey: ['things', ids.collaboration],
    queryFn: () => call(collaborationRoutes.get, { params: { id: ids.collaboration } }),
  });
  return (
    <DetailPage query={thing} title="物品" backTo={{ href: '/app/things', label: '物品列表' }}>
      {(record) => <h1>{record.collaboration.needTitle}</h1>}
    </DetailPage>
  );
}

function renderThing() {
  return renderPage(<ThingPage />, { signedIn: bureauUser, path: '/app/things/t1' });
}

describe('DetailPage', () => {
  it('when the record loads, then a skeleton shows until the page is drawn from it', async () => {
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    server.use(
      http.get(THING, async () => {
        await answered;
        return thing();
      }),
    );
    renderThing();
    expect(await screen.findByRole('heading', { name: '物品' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: '加载中…' })).toBeInTheDocument();
    answer();
    expect(
      await screen.findByRole('heading', { name: '数控机床' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('status', { name: '加载中…' })).not.toBeInTheDocument();
  });

  it('when the record is not found, then the not-found page shows', async () => {
    server.use(
      http.get(THING, () =>
        HttpResponse.json(
          { error: { code: 'NOT_FOUND', message: '找不到', details: [] } },
          { status: 404 },
        ),
      ),
    );
    renderThing();
    expect(await screen.findByText('页面不存在')).toBeInTheDocument();
  });

  it('when loading fails, then the heading, the back link and a retry show, and retry loads it', async () => {
    let calls = 0;
    server.use(
      http.get(THING, () =>
        ++calls === 1
          ? HttpResponse.json(
              { error: { code: 'FORBIDDEN', message: '无权查看', details: [] } },
              { status: 403 },
            )
          : thing(),
      ),
    );
    const { user } = renderThing();
    expect(await screen.findByText('加载失败')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '物品' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /物品列表/ })).toHaveAttribute('href', '/app/things');
    await user.click(screen.getByRole('button', { name: /重试/ }));
    expect(
      await screen.findByRole('heading', { name: '数控机床' }, { timeout: 5000 }),
    ).toBeInTheDocument();
  });
});
