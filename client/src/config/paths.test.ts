import { describe, expect, it } from 'vitest';
import { paths } from './paths';

describe('the pages of one record', () => {
  it('when the record is named at the end of the path, then its id takes the place of the parameter', () => {
    expect(paths.app.expertDetail.getHref('65f0000000000000000000a1')).toBe(
      '/app/experts/65f0000000000000000000a1',
    );
  });

  it('when the record is named in the middle of the path, then its id takes its place there too', () => {
    expect(paths.app.organizationCredit.getHref('65f0000000000000000000b2')).toBe(
      '/app/organizations/65f0000000000000000000b2/credit',
    );
  });
});
