import { describe, expect, it } from 'vitest';
import { withDatabase } from './uri';

describe('withDatabase', () => {
  it('when the uri has no database, then the name is appended', () => {
    expect(withDatabase('mongodb://127.0.0.1:27017', 'qs')).toBe('mongodb://127.0.0.1:27017/qs');
    expect(withDatabase('mongodb://127.0.0.1:27017/', 'qs')).toBe('mongodb://127.0.0.1:27017/qs');
  });

  it('when the uri has a database, then it is replaced', () => {
    expect(withDatabase('mongodb://u:p@h:1/other', 'qs')).toBe('mongodb://u:p@h:1/qs');
  });

  it('when the uri has options and a seed list, then the database goes before the options', () => {
    expect(withDatabase('mongodb://a:1,b:2/?replicaSet=rs0', 'qs')).toBe(
      'mongodb://a:1,b:2/qs?replicaSet=rs0',
    );
    expect(withDatabase('mongodb+srv://cluster.example?retryWrites=true', 'qs')).toBe(
      'mongodb+srv://cluster.example/qs?retryWrites=true',
    );
  });
});
