import type { ImportSummary } from '@qs/shared';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { paths } from '../../../config/paths';
import { bureauUser } from '../../../testing/fixtures';
import { renderPage } from '../../../testing/render';
import { API, CSRF_TOKEN, sentChanges, server } from '../../../testing/server';
import { ImportRoute } from './import';

const CSV =
  '姓名,单位,城市,专家库,技能,邮箱\n张伟,深圳智造研究院,深圳,深圳,边缘计算,zhangwei@example.com\n';

const summary = (dryRun: boolean, verified: boolean): ImportSummary => ({
  rows: 4,
  created: 2,
  updated: 1,
  unchanged: 0,
  rejected: [
    {
      row: 4,
      errors: [
        {
          field: 'pool',
          code: 'not_one_of',
          params: { value: '北京', options: '青岛/深圳/其他' },
          message: '“北京”不是 青岛/深圳/其他 之一',
        },
      ],
    },
  ],
  warnings: [],
  dryRun,
  verified,
  ...(dryRun
    ? {
        changes: [
          { row: 2, action: 'create', name: '张伟' },
          { row: 3, action: 'create', name: '李强' },
          { row: 5, action: 'update', name: '王芳', fields: ['organization', 'email'] },
        ],
      }
    : {}),
});

/** Answers imports as the server would and records the query of each. */
function answerImports(): string[] {
  const queries: string[] = [];
  server.use(
    http.post(`${API}/admin/import/experts`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      queries.push(query.toString());
      return HttpResponse.json(
        summary(query.get('dryRun') === 'true', query.get('verified') === 'true'),
      );
    }),
  );
  return queries;
}

/** The number shown under a statistic's title. */
const statistic = (region: HTMLElement, title: string) =>
  within(region).getByText(title).closest('.ant-statistic');

async function uploadFile(user: ReturnType<typeof renderPage>['user']) {
  const dropZone = await screen.findByRole('button', { name: /点击或拖拽文件到此处上传/ });
  const input = dropZone.querySelector<HTMLInputElement>('input[type=file]');
  if (!input) throw new Error('the drop zone has no file input');
  await user.upload(input, new File([CSV], 'experts.csv', { type: 'text/csv' }));
}

describe('expert import desk', () => {
  it('when the bureau uploads a file, then a dry run shows what would be created, updated and rejected, and only 确认导入 writes', async () => {
    const queries = answerImports();
    const { user } = renderPage(<ImportRoute />, {
      signedIn: bureauUser,
      path: paths.app.import.getHref(),
    });

    await uploadFile(user);

    const preview = await screen.findByRole('region', { name: '导入预览' });
    expect(
      within(preview).getByText(/将新增 2 行、更新 1 行，0 行无变化，1 行无法导入/),
    ).toBeInTheDocument();
    expect(within(preview).getByText('新专家将进入“专家审核”等待审核。')).toBeInTheDocument();
    const changes = within(preview).getByRole('table', { name: '将导入的行' });
    expect(
      within(changes)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual(['2新增张伟', '3新增李强', '5更新王芳所在单位、邮箱']);
    const rejected = within(preview).getByRole('table', { name: '未导入的行' });
    expect(
      within(rejected)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual(['4专家库 pool“北京”不是 青岛/深圳/其他 之一']);
    expect(within(preview).getByRole('button', { name: /下载错误报告/ })).toBeInTheDocument();
    expect(queries).toEqual(['dryRun=true&verified=false']);

    await user.click(within(preview).getByRole('button', { name: '确认导入 3 行' }));

    const result = await screen.findByRole('region', { name: '导入结果' });
    expect(statistic(result, '新增')).toHaveTextContent(/^新增2$/);
    expect(statistic(result, '更新')).toHaveTextContent(/^更新1$/);
    expect(statistic(result, '未导入')).toHaveTextContent(/^未导入1$/);
    expect(queries).toEqual(['dryRun=true&verified=false', 'verified=false']);
    const sent = await sentChanges();
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual({
      method: 'POST',
      path: '/admin/import/experts',
      csrfToken: CSRF_TOKEN,
      body: { file: { name: 'experts.csv', text: CSV } },
    });
  });

  it('when the clerk ticks "start verified", then the dry run and the import say so', async () => {
    const queries = answerImports();
    const { user } = renderPage(<ImportRoute />, {
      signedIn: bureauUser,
      path: paths.app.import.getHref(),
    });

    await user.click(await screen.findByRole('checkbox', { name: '导入的新专家直接设为已认证' }));
    await uploadFile(user);
    const preview = await screen.findByRole('region', { name: '导入预览' });
    expect(within(preview).getByText('新专家将直接设为已认证。')).toBeInTheDocument();
    await user.click(within(preview).getByRole('button', { name: '确认导入 3 行' }));
    await screen.findByRole('region', { name: '导入结果' });

    expect(queries).toEqual(['dryRun=true&verified=true', 'verified=true']);
  });

  it('when the file cannot be read, then the error names the field in the words the server sent', async () => {
    server.use(
      http.post(`${API}/admin/import/experts`, () =>
        HttpResponse.json(
          {
            error: {
              code: 'validation_failed',
              message: '文件首行没有姓名列（姓名 或 name）',
              details: [
                {
                  path: 'name',
                  code: 'missing_name_header',
                  message: '文件首行没有姓名列（姓名 或 name）',
                },
              ],
            },
          },
          { status: 400 },
        ),
      ),
    );
    const { user } = renderPage(<ImportRoute />, {
      signedIn: bureauUser,
      path: paths.app.import.getHref(),
    });

    await uploadFile(user);

    const alert = await screen.findByText('「experts.csv」导入失败');
    expect(alert.closest('[role=alert]')).toHaveTextContent('name: 文件首行没有姓名列');
    expect(screen.getByRole('button', { name: /下载模板/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /下载 Excel/ })).toBeInTheDocument();
  });
});
