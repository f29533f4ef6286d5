import { Typography } from 'antd';
import type { CSSProperties } from 'react';

/**
 * What a figure counts, in a line under its title: the page's filters read each figure by its
 * own date (needs by when posted, invitations by when sent…), which a reader cannot guess.
 */
export function FigureScope({ text, style }: { text: string; style?: CSSProperties }) {
  return (
    <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 12, ...style }}>
      {text}
    </Typography.Paragraph>
  );
}
