import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Button, Form } from 'antd';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultLanguage, i18n } from '../lib/i18n';
import { CityInput } from './city-input';

function CityForm({ onFinish }: { onFinish: (values: { city?: string }) => void }) {
  return (
    <Form onFinish={onFinish}>
      <Form.Item name="city" label="city">
        <CityInput />
      </Form.Item>
      <Button htmlType="submit">save</Button>
    </Form>
  );
}

function renderCityForm() {
  const submitted: Array<{ city?: string }> = [];
  const user = userEvent.setup();
  render(<CityForm onFinish={(values) => submitted.push(values)} />);
  return { user, submitted, input: screen.getByRole('combobox', { name: 'city' }) };
}

/** The suggestions shown (antd renders them in a virtual list, so not all carry the option role). */
function offered(): string[] {
  return [...document.querySelectorAll('.ant-select-item-option-content')].map(
    (option) => option.textContent ?? '',
  );
}

afterEach(async () => {
  await i18n.changeLanguage(defaultLanguage);
});

describe('CityInput', () => {
  it('when the field is opened, then the alliance cities are offered and a pick is the value', async () => {
    const { user, submitted, input } = renderCityForm();
    expect(screen.getByText('如：青岛、深圳')).toBeInTheDocument();
    await user.click(input);
    await expect.poll(offered).toEqual(['青岛', '深圳']);
    await user.click(screen.getByText('深圳', { selector: '.ant-select-item-option-content' }));
    await user.click(screen.getByRole('button', { name: 'save' }));
    await expect.poll(() => submitted).toEqual([{ city: '深圳' }]);
  });

  it('when another city is typed, then it is kept as typed', async () => {
    const { user, submitted, input } = renderCityForm();
    await user.type(input, '济南');
    await user.click(screen.getByRole('button', { name: 'save' }));
    await expect.poll(() => submitted).toEqual([{ city: '济南' }]);
  });

  it('when the reader asked for English, then the cities are offered in English', async () => {
    await i18n.changeLanguage('en');
    const { user, input } = renderCityForm();
    await user.click(input);
    await expect.poll(offered).toEqual(['Qingdao', 'Shenzhen']);
  });
});
