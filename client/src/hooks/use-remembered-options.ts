import type { SelectProps } from 'antd';
import { useState } from 'react';

type Option = { value: string; label: string };

/**
 * Options of a searching multi-select: what the search found, plus the chosen values it no longer
 * shows, which keep the names they had when chosen.
 */
export function useRememberedOptions(
  found: Option[],
  props: Pick<SelectProps<string[]>, 'value' | 'onChange'>,
  /** values chosen before (a record being edited) with their names */
  known: Option[] = [],
) {
  const [chosen, setChosen] = useState<Record<string, string>>(() =>
    Object.fromEntries(known.map((o) => [o.value, o.label])),
  );
  const options = [
    ...found,
    ...(props.value ?? [])
      .filter((value) => chosen[value] && !found.some((o) => o.value === value))
      .map((value) => ({ value, label: chosen[value] as string })),
  ];
  const onChange: SelectProps<string[]>['onChange'] = (values, selected) => {
    const names = Object.fromEntries(found.map((o) => [o.value, o.label]));
    setChosen((before) => ({ ...before, ...names }));
    props.onChange?.(values, selected);
  };
  return { options, onChange };
}
