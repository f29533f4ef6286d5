import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultLanguage, i18n } from '../../../lib/i18n';
import { PlaceTags } from './expert-badges';

afterEach(async () => {
  await i18n.changeLanguage(defaultLanguage);
});

describe('PlaceTags', () => {
  it('when shown in Chinese, then the pool and the city read as stored', () => {
    render(<PlaceTags expert={{ pool: 'qingdao', city: '青岛' }} />);
    expect(screen.getByText('青岛专家库')).toBeInTheDocument();
    expect(screen.getByText('青岛')).toBeInTheDocument();
  });

  it('when the reader asked for English, then a known city is named in English and another as stored', async () => {
    await i18n.changeLanguage('en');
    const { rerender } = render(<PlaceTags expert={{ pool: 'shenzhen', city: '深圳' }} />);
    expect(screen.getByText('Shenzhen')).toBeInTheDocument();
    rerender(<PlaceTags expert={{ pool: 'other', city: '黄岛区' }} />);
    expect(screen.getByText('黄岛区')).toBeInTheDocument();
  });
});
