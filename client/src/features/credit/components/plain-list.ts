import type { CSSProperties } from 'react';

/** A list without bullets, its items spaced apart. */
export const plainList: CSSProperties = {
  listStyle: 'none',
  margin: 0,
  padding: 0,
  display: 'flex',
  flexDirection: 'column',
  gap: 12,
};
