import type { UIMatch } from 'react-router';
import { sectionKeys, type SectionKey } from '../config/navigation';

/** What a route declares in its `handle`: the navigation section it belongs to. */
export interface RouteHandle {
  section?: SectionKey;
}

function isSectionKey(value: unknown): value is SectionKey {
  return sectionKeys.some((key) => key === value);
}

/** The section of the deepest matched route that names one. */
export function currentSection(matches: UIMatch[]): SectionKey | undefined {
  for (const match of [...matches].reverse()) {
    const section: unknown = (match.handle as RouteHandle | undefined)?.section;
    if (isSectionKey(section)) return section;
  }
  return undefined;
}
