import { describe, expect, it } from 'vitest';
import { categoryName, sectorName, skillName } from './names';

describe('taxonomy names shown on their own', () => {
  it('when a name is shown in English, then it starts with a capital and keeps the rest as written', () => {
    expect(skillName('predictive-maintenance', 'en')).toBe('Predictive maintenance');
    expect(skillName('iiot-sensing', 'en')).toBe('Industrial IoT');
    expect(skillName('tsn', 'en')).toBe('Time-sensitive networking');
    expect(sectorName('home-appliances', 'en')).toBe('Home appliances');
    expect(categoryName('network', 'en')).toBe('Networks and connectivity');
  });

  it('when an English name starts with an acronym or a digit, then it is unchanged', () => {
    expect(skillName('opc-ua', 'en')).toBe('OPC UA');
    expect(skillName('5g-private-network', 'en')).toBe('5G private network');
    expect(skillName('scada', 'en')).toBe('SCADA');
  });

  it('when a name is shown in Chinese, then it is as stored', () => {
    expect(skillName('predictive-maintenance', 'zh')).toBe('预测性维护');
    expect(sectorName('home-appliances', 'zh')).toBe('家电');
  });

  it('when the id is unknown, then it shows as itself', () => {
    expect(skillName('no-such-skill', 'en')).toBe('no-such-skill');
    expect(sectorName('no-such-sector', 'en')).toBe('no-such-sector');
    expect(categoryName('no-such-category', 'zh')).toBe('no-such-category');
  });
});
