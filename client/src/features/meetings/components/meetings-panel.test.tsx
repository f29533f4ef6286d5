import type { MeetingDto } from '@qs/shared';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { aCollaboration, enterpriseUser, ids } from '../../../testing/fixtures';
import { renderPage } from '../../../testing/render';
import { API, sentChanges, server } from '../../../testing/server';
import { MeetingsPanel } from './meetings-panel';

const MEETING_ID = '65f0000000000000000000aa';
const proposed: MeetingDto = {
  id: MEETING_ID,
  collaborationId: ids.collaboration,
  status: 'proposed',
  mode: 'remote',
  link: 'https://meeting.tencent.com/dm/abc',
  slots: [
    { id: 's1', start: '2030-03-04T02:00:00.000Z', end: '2030-03-04T03:00:00.000Z' },
    { id: 's2', start: '2030-03-05T06:30:00.000Z', end: '2030-03-05T07:30:00.000Z' },
  ],
  proposedBy: 'expert',
  history: [{ action: 'proposed', side: 'expert', at: '2030-03-01T01:00:00.000Z' }],
  createdAt: '2030-03-01T01:00:00.000Z',
  updatedAt: '2030-03-01T01:00:00.000Z',
};

describe('meetings panel', () => {
  it('when the enterprise picks one of the expert’s slots, then the slots read in Beijing time, the pick is posted and the calendar can be downloaded', async () => {
    let current = proposed;
    server.use(
      http.get(`${API}/collaborations/${ids.collaboration}/meetings`, () =>
        HttpResponse.json({ items: [current] }),
      ),
      http.post(`${API}/collaborations/${ids.collaboration}/meetings/${MEETING_ID}/pick`, () => {
        current = {
          ...proposed,
          status: 'scheduled',
          scheduled: proposed.slots[0],
          history: [
            ...proposed.history,
            { action: 'picked', side: 'enterprise', at: '2030-03-02T01:00:00.000Z' },
          ],
        };
        return HttpResponse.json({ meeting: current });
      }),
    );
    const { user } = renderPage(
      <MeetingsPanel collaboration={aCollaboration()} side="enterprise" />,
      { signedIn: enterpriseUser, path: '/' },
    );
    const panel = await screen.findByRole('region', { name: '会面' });
    // 02:00 UTC is 10:00 in Beijing, whatever the browser's zone.
    await user.click(await within(panel).findByRole('button', { name: /^选择此时间 .*10:00/ }));
    await within(panel).findByText('已确定');
    expect(within(panel).getByText(/会面时间：.*10:00–11:00（北京时间）/)).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: /下载日历/ })).toHaveAttribute(
      'href',
      expect.stringContaining(
        `/collaborations/${ids.collaboration}/meetings/${MEETING_ID}/meeting.ics`,
      ),
    );
    expect(await sentChanges()).toMatchObject([
      {
        method: 'POST',
        path: `/collaborations/${ids.collaboration}/meetings/${MEETING_ID}/pick`,
        body: { slotId: 's1' },
      },
    ]);
  });

  it('when the side that proposed reads it, then it waits for the other side and offers no pick', async () => {
    server.use(
      http.get(`${API}/collaborations/${ids.collaboration}/meetings`, () =>
        HttpResponse.json({ items: [proposed] }),
      ),
    );
    renderPage(<MeetingsPanel collaboration={aCollaboration()} side="expert" />, {
      signedIn: enterpriseUser,
      path: '/',
    });
    const panel = await screen.findByRole('region', { name: '会面' });
    await within(panel).findByText('等待对方选择时间：');
    expect(within(panel).queryByRole('button', { name: /选择此时间/ })).toBeNull();
    expect(within(panel).getByRole('button', { name: '改期' })).toBeInTheDocument();
  });
});
