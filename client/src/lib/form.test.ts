import {
  createNeedSchema,
  expertProfileInputSchema,
  extractionInputSchema,
  memberDecisionSchema,
  registerSchema,
} from '@qs/shared';
import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-client';
import { applyFieldErrors, maxOf, optionalZodRule, zodRule } from './form';

// Echoes the key and its parameters, so the assertions read which message was chosen.
const t = ((key: string, params?: Record<string, unknown>) =>
  params ? `${key} ${JSON.stringify(params)}` : key) as unknown as TFunction;

async function validate(rule: ReturnType<typeof zodRule>, value: unknown) {
  if (typeof rule === 'function' || !rule.validator) throw new Error('expected a validator rule');
  try {
    await rule.validator({}, value, () => undefined);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('zodRule', () => {
  it('when a field is empty or blank, then it is required', async () => {
    const rule = zodRule(registerSchema.shape.name, t);
    expect(await validate(rule, undefined)).toBe('validation.required');
    expect(await validate(rule, '   ')).toBe('validation.required');
  });

  it('when a value breaks the shared schema, then the message is translated from the issue', async () => {
    expect(await validate(zodRule(registerSchema.shape.password, t), 'short')).toBe(
      'validation.minLength {"min":10}',
    );
    expect(await validate(zodRule(registerSchema.shape.email, t), 'not-an-email')).toBe(
      'validation.email',
    );
    expect(await validate(zodRule(registerSchema.shape.name, t), 'x'.repeat(101))).toBe(
      'validation.tooLong {"max":100}',
    );
  });

  it('when a value fits, then it passes', async () => {
    expect(await validate(zodRule(registerSchema.shape.email, t), 'a@example.com')).toBeNull();
  });
});

describe('applyFieldErrors', () => {
  const fakeForm = () => {
    const setFields = vi.fn();
    return { form: { setFields } as unknown as FormInstance, setFields };
  };

  it('when the server names fields of the form, then their errors go beside them', () => {
    const { form, setFields } = fakeForm();
    const error = new ApiError({
      status: 400,
      code: 'validation_failed',
      message: 'invalid',
      details: [
        { path: 'organization.name', message: 'taken' },
        { path: 'unknown', message: 'ignored' },
      ],
    });

    expect(applyFieldErrors(form, error, ['email', 'organization.name'])).toBe(true);
    expect(setFields).toHaveBeenCalledWith([{ name: ['organization', 'name'], errors: ['taken'] }]);
  });

  it('when the server names an item of a list field, then the error goes beside the list', () => {
    const { form, setFields } = fakeForm();
    const error = new ApiError({
      status: 400,
      code: 'validation_failed',
      message: 'invalid',
      details: [{ path: 'skills.2', message: 'is not a skill of the taxonomy' }],
    });

    expect(applyFieldErrors(form, error, ['skills', 'sectors'])).toBe(true);
    expect(setFields).toHaveBeenCalledWith([
      { name: ['skills'], errors: ['is not a skill of the taxonomy'] },
    ]);
  });

  it('when no detail belongs to the form, then the caller is told to show a toast', () => {
    const { form } = fakeForm();
    const error = new ApiError({ status: 500, code: 'internal', message: 'boom' });

    expect(applyFieldErrors(form, error, ['email'])).toBe(false);
    expect(applyFieldErrors(form, new Error('not an api error'), ['email'])).toBe(false);
  });
});

describe('optionalZodRule', () => {
  it('when an optional field stays empty, then it passes; once filled, the schema decides', async () => {
    const rule = optionalZodRule(registerSchema.shape.email, t);
    expect(await validate(rule, '')).toBeNull();
    expect(await validate(rule, undefined)).toBeNull();
    expect(await validate(rule, 'nope')).toBe('validation.email');
  });
});

describe('maxOf', () => {
  it('when a shared schema caps text, a list or a number, then the form reads the same cap', () => {
    expect(maxOf(memberDecisionSchema.shape.note)).toBe(500);
    expect(maxOf(expertProfileInputSchema.shape.skills)).toBe(20);
    expect(maxOf(createNeedSchema.shape.description)).toBe(8000);
    expect(maxOf(extractionInputSchema.shape.count)).toBe(50);
  });

  it('when a schema sets no cap, then it says so rather than guessing', () => {
    expect(() => maxOf(expertProfileInputSchema.shape.pool)).toThrow('no maximum');
  });
});
