import { Grid } from 'antd';

/** Below antd's `md` breakpoint (768 px): the phone layout, with the tab bar instead of the side navigation. */
export function usePhone(): boolean {
  return !Grid.useBreakpoint().md;
}
