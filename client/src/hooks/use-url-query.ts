import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { z } from 'zod';

type UrlValue = string | number | boolean | readonly string[] | null | undefined;

function serialize(value: UrlValue): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.length ? value.join(',') : undefined;
  const text = String(value);
  return text === '' ? undefined : text;
}

export interface UrlQueryUpdateOptions {
  /** Any other change than the page goes back to page 1 (default true). */
  resetPage?: boolean;
}

/**
 * A page's filters kept in the URL's search params, so that a link shares them. Each param is
 * read through its own field of `schema` (usually the API's query schema, so the URL speaks the
 * API's language: `?skills=tsn,mec&page=2`); an invalid one falls back to its default.
 */
export function useUrlQuery<S extends z.ZodObject>(schema: S) {
  const [params, setParams] = useSearchParams();

  const value = useMemo(() => {
    const parsed: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      const raw = params.get(key);
      const result = field.safeParse(raw ?? undefined);
      const fallback = result.success ? result : field.safeParse(undefined);
      if (fallback.success && fallback.data !== undefined) parsed[key] = fallback.data;
    }
    return parsed as z.output<S>;
  }, [params, schema]);

  const update = useCallback(
    (
      patch: Partial<Record<keyof z.output<S> & string, UrlValue>>,
      options: UrlQueryUpdateOptions = {},
    ) => {
      setParams((previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, raw] of Object.entries(patch) as [string, UrlValue][]) {
          const text = serialize(raw);
          if (text === undefined || (key === 'page' && text === '1')) next.delete(key);
          else next.set(key, text);
        }
        if ((options.resetPage ?? true) && !('page' in patch)) next.delete('page');
        return next;
      });
    },
    [setParams],
  );

  return [value, update] as const;
}
