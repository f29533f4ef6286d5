import type { InvitationDto, MatchItem, NeedDto } from '@qs/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { paths } from '../../../../config/paths';
import { anExpert, anInvitation, enterpriseUser, ids } from '../../../../testing/fixtures';
import { renderPage } from '../../../../testing/render';
import { API, CSRF_TOKEN, sentChanges, server } from '../../../../testing/server';
import { NeedDetailRoute } from './detail';

const AT = '2025-03-01T02:00:00.000Z';

const need: NeedDto = {
  id: ids.need,
  organizationId: ids.organization,
  organizationName: '青岛海尔智能',
  title: '产线边缘计算改造',
  description: '总装线设备联网与边缘计算网关部署',
  kind: 'diagnosis',
  sector: 'home-appliances',
  requiredSkills: ['edge-computing', 'tsn', 'opc-ua', 'mes'],
  suggestedSkills: [],
  city: '青岛',
  status: 'open',
  createdAt: AT,
  updatedAt: AT,
};

const expertIds = {
  zhang: '65f0000000000000000000a1',
  wang: '65f0000000000000000000a2',
  li: '65f0000000000000000000a3',
  zhao: '65f0000000000000000000a4',
};

function aMatch(
  id: string,
  name: string,
  extra: Partial<MatchItem['explanation']> = {},
): MatchItem {
  return {
    expert: anExpert({
      id,
      name,
      title: '首席架构师',
      verification: { status: 'verified', at: AT },
    }),
    score: 0.82,
    explanation: {
      matchedSkills: ['edge-computing', 'tsn', 'opc-ua', 'mes'],
      missingSkills: [],
      sectorMatch: true,
      pool: 'shenzhen',
      city: '深圳',
      rating: { average: 4.5, count: 2 },
      activeCollaborations: 1,
      components: {
        skills: 1,
        sector: 1,
        text: 0.5,
        reputation: 0.9,
        responsiveness: 1,
        workload: 0.8,
      },
      reasons: [`${name} 具备全部所需技能`],
      ...extra,
    },
  };
}

const matches = [
  aMatch(expertIds.zhang, '张伟'),
  aMatch(expertIds.wang, '王芳', { matchedSkills: ['edge-computing'], missingSkills: ['tsn'] }),
  aMatch(expertIds.li, '李强'),
  aMatch(expertIds.zhao, '赵敏', { atCapacity: 'active-collaborations' }),
];

/** The need, its matches (the invited left out on `notInvited=true`) and its invitations. */
function answerNeed({ refuse }: { refuse: Record<string, string> }) {
  const invitations: InvitationDto[] = [
    anInvitation({ id: '65f0000000000000000000b3', expertId: expertIds.li, expertName: '李强' }),
  ];
  const matchQueries: URLSearchParams[] = [];
  server.use(
    http.get(`${API}/needs/${ids.need}`, () => HttpResponse.json({ need })),
    http.get(`${API}/needs/${ids.need}/matches`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      matchQueries.push(query);
      const invited = new Set(invitations.map((invitation) => invitation.expertId));
      const items =
        query.get('notInvited') === 'true'
          ? matches.filter((match) => !invited.has(match.expert.id))
          : matches;
      return HttpResponse.json({
        items,
        skills: need.requiredSkills,
        skillsSource: 'required',
        inferredSkills: [],
      });
    }),
    http.get(`${API}/needs/${ids.need}/extraction`, () => HttpResponse.json({ items: [] })),
    // Nobody has expressed interest; the conflict check's expert picker looks experts up.
    http.get(`${API}/needs/${ids.need}/interests`, () => HttpResponse.json({ items: [] })),
    http.get(`${API}/experts`, () =>
      HttpResponse.json({ items: [], total: 0, page: 1, limit: 20 }),
    ),
    http.get(`${API}/invitations`, () =>
      HttpResponse.json({ items: invitations, total: invitations.length, page: 1, limit: 100 }),
    ),
    http.post<{ id: string }, { expertIds: string[]; message: string }>(
      `${API}/needs/:id/invitations/batch`,
      async ({ request }) => {
        const body = await request.json();
        const results = body.expertIds.map((expertId) => {
          const reason = refuse[expertId];
          if (reason)
            return { expertId, status: 'failed', error: { code: 'conflict', message: reason } };
          const invitation = anInvitation({
            id: `65f0000000000000000000c${invitations.length}`,
            expertId,
            expertName: matches.find((match) => match.expert.id === expertId)?.expert.name,
            message: body.message,
          });
          invitations.push(invitation);
          return { expertId, status: 'created', invitation };
        });
        return HttpResponse.json({ results });
      },
    ),
  );
  return { matchQueries };
}

const openPage = () =>
  renderPage(<NeedDetailRoute />, {
    signedIn: enterpriseUser,
    path: `/app/${paths.app.needDetail.path}`,
    url: paths.app.needDetail.getHref(ids.need),
  });

describe('need detail: the match list', () => {
  it('when the matches load, then each is one line with key skills, a legend explains the tags, and the reasons unfold on request', async () => {
    answerNeed({ refuse: {} });
    const { user } = openPage();

    const card = await screen.findByRole('article', { name: '张伟' });
    expect(within(card).getByLabelText('匹配度 82%')).toBeInTheDocument();
    expect(within(card).getByText('深圳专家库')).toBeInTheDocument();
    const keySkills = within(card).getByRole('list', { name: '已具备的技能' });
    expect(within(keySkills).getAllByRole('listitem')).toHaveLength(4);
    expect(within(keySkills).getByText('+1')).toBeInTheDocument();
    const legend = screen.getByRole('note', { name: '技能标签说明' });
    expect(legend).toHaveTextContent('专家具备的需求技能');
    expect(legend).toHaveTextContent('需求要求、专家尚缺的技能');

    expect(within(card).getByText('张伟 具备全部所需技能')).not.toBeVisible();
    await user.click(within(card).getByRole('button', { name: '查看理由' }));
    expect(within(card).getByText('张伟 具备全部所需技能')).toBeVisible();
    expect(within(card).getByRole('button', { name: '收起理由' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    const capped = screen.getByRole('article', { name: '赵敏' });
    expect(within(capped).getByText('满负荷')).toBeInTheDocument();
  });

  it('when 只看未邀请 is ticked, then the matches are asked for without the invited', async () => {
    const { matchQueries } = answerNeed({ refuse: {} });
    const { user } = openPage();
    await screen.findByRole('article', { name: '李强' });

    await user.click(screen.getByRole('checkbox', { name: '只看未邀请' }));

    await waitFor(() =>
      expect(screen.queryByRole('article', { name: '李强' })).not.toBeInTheDocument(),
    );
    expect(matchQueries.at(-1)?.get('notInvited')).toBe('true');
    expect(screen.getByRole('article', { name: '张伟' })).toBeInTheDocument();
  });

  it('when several experts are invited at once and one is refused, then each result is shown with the reason', async () => {
    answerNeed({ refuse: { [expertIds.wang]: '该专家进行中的合作已达上限（3 项）' } });
    const { user } = openPage();
    await screen.findByRole('article', { name: '张伟' });

    expect(screen.getByRole('checkbox', { name: '选择 李强' })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: '选择 赵敏' })).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: '全选可邀请的专家' }));
    expect(screen.getByText('已选 2 位')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '批量邀请已选的 2 位专家' }));
    const dialog = await screen.findByRole('dialog', { name: '邀请已选的 2 位专家' });
    await user.click(within(dialog).getByRole('button', { name: '发送邀请' }));

    const results = await screen.findByRole('list', { name: '各位专家的邀请结果' });
    expect(screen.getByText('已邀请 1 位，未邀请 1 位')).toBeInTheDocument();
    const rows = within(results).getAllByRole('listitem');
    expect(rows[0]).toHaveTextContent('张伟已邀请');
    expect(rows[1]).toHaveTextContent('王芳未邀请：该专家进行中的合作已达上限（3 项）');

    const message = '您好，我们正在推进「产线边缘计算改造」，希望邀请您参与指导，期待您的回复。';
    expect(await sentChanges()).toEqual([
      {
        method: 'POST',
        path: `/needs/${ids.need}/invitations/batch`,
        csrfToken: CSRF_TOKEN,
        body: { expertIds: [expertIds.zhang, expertIds.wang], message },
      },
    ]);

    const resultsDialog = screen.getByRole('dialog', { name: '批量邀请结果' });
    const closeButtons = within(resultsDialog).getAllByRole('button', { name: '关闭' });
    await user.click(closeButtons.at(-1) as HTMLElement);
    await waitFor(() => expect(screen.getByText('已选 0 位')).toBeInTheDocument());
    expect(screen.getByRole('checkbox', { name: '选择 张伟' })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: '选择 王芳' })).toBeEnabled();
  });
});

describe('need detail: closing the need', () => {
  it('when the owner closes the need with a message, then the close is sent with the trimmed message and confirmed', async () => {
    answerNeed({ refuse: {} });
    server.use(
      http.post(`${API}/needs/${ids.need}/close`, () =>
        HttpResponse.json({ need: { ...need, status: 'closed' } }),
      ),
    );
    const { user } = openPage();
    await screen.findByRole('article', { name: '张伟' });

    await user.click(screen.getByRole('button', { name: '关闭需求' }));
    const dialog = await screen.findByRole('dialog', { name: '关闭需求' });
    await user.type(
      within(dialog).getByLabelText('给受邀专家的留言（可选）'),
      '  感谢关注，本需求已由其他方案解决  ',
    );
    await user.click(within(dialog).getByRole('button', { name: '确认关闭' }));

    expect(await screen.findByText('需求已关闭')).toBeInTheDocument();
    expect(await sentChanges()).toEqual([
      {
        method: 'POST',
        path: `/needs/${ids.need}/close`,
        csrfToken: CSRF_TOKEN,
        body: { message: '感谢关注，本需求已由其他方案解决' },
      },
    ]);
  });
});
