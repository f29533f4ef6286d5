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

/** The number shown under a statistic's title. */
const statistic = (region: HTMLElement, title: string) =>
  within(region).getByText(title).closest('.ant-statistic');

describe('expert import page', () => {
  it('when the bureau uploads a file, then it is posted and the created, updated and rejected rows show', async () => {
    server.use(
      http.post(`${API}/admin/import/experts`, () =>
        HttpResponse.json({
          rows: 4,
          created: 2,
          updated: 1,
          unchanged: 0,
          rejected: [{ row: 4, errors: [{ field: 'email', message: '不是有效的邮箱地址' }] }],
          warnings: [],
        }),
      ),
    );
    const { user } = renderPage(<ImportRoute />, {
      signedIn: bureauUser,
      path: paths.app.import.getHref(),
    });

    const dropZone = await screen.findByRole('button', { name: /点击或拖拽文件到此处上传/ });
    const input = dropZone.querySelector<HTMLInputElement>('input[type=file]');
    if (!input) throw new Error('the drop zone has no file input');
    await user.upload(input, new File([CSV], 'experts.csv', { type: 'text/csv' }));

    const result = await screen.findByRole('region', { name: '导入结果' });
    expect(within(result).getByRole('alert')).toHaveTextContent(
      '1 行未能导入，请按下表修改后重新上传',
    );
    expect(statistic(result, '新增')).toHaveTextContent(/^新增2$/);
    expect(statistic(result, '更新')).toHaveTextContent(/^更新1$/);
    expect(statistic(result, '未导入')).toHaveTextContent(/^未导入1$/);
    const rejected = within(result).getByRole('table', { name: '未导入的行' });
    expect(
      within(rejected)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual(['4邮箱 email不是有效的邮箱地址']);

    expect(await sentChanges()).toEqual([
      {
        method: 'POST',
        path: '/admin/import/experts',
        csrfToken: CSRF_TOKEN,
        body: { file: { name: 'experts.csv', text: CSV } },
      },
    ]);
  });
});
