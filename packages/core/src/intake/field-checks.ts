import type { Issue } from '../issue.js';

/**
 * Small readers for untrusted JSON fields, shared by the intake, exam and questionnaire validators.
 * Each pushes an {@link Issue} at the field's path and returns the value, or undefined when absent or bad.
 */

/** Options for {@link readNumber}. */
export interface NumberRule {
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
  /** The unit for messages, e.g. `mm`. */
  readonly unit?: string;
  readonly required?: boolean;
}

/**
 * Whether a value is a plain JSON object (not null, not an array).
 *
 * @param value - anything
 * @returns true for an object usable as a record
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Joins a field path: `joinPath('left', 'navicularDropMm')` is `left.navicularDropMm`.
 *
 * @param base - the parent path ('' at the top)
 * @param key - the field name or array index
 * @returns the dotted path
 */
export function joinPath(base: string, key: string | number): string {
  const part = String(key);
  return base === '' ? part : `${base}.${part}`;
}

/**
 * Makes an error issue.
 *
 * @param code - stable snake_case code
 * @param path - the field path
 * @param message - one sentence
 * @returns the issue
 */
export function errorAt(code: string, path: string, message: string): Issue {
  return { severity: 'error', code, path, message };
}

/**
 * Makes a warning issue.
 *
 * @param code - stable snake_case code
 * @param path - the field path
 * @param message - one sentence
 * @returns the issue
 */
export function warningAt(code: string, path: string, message: string): Issue {
  return { severity: 'warning', code, path, message };
}

/**
 * Reads a finite number with an optional range and integer rule.
 *
 * @param record - the parent object
 * @param field - the field name
 * @param path - the field's full path
 * @param rule - range, integer, unit, required
 * @param issues - collects what is wrong
 * @returns the number, or undefined when absent, null or invalid
 */
export function readNumber(
  record: Record<string, unknown>,
  field: string,
  path: string,
  rule: NumberRule,
  issues: Issue[],
): number | undefined {
  const value = record[field];
  if (value === undefined || value === null) {
    if (rule.required === true) issues.push(errorAt('required', path, `${path} is required.`));
    return undefined;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    issues.push(errorAt('invalid_type', path, `${path} must be a number.`));
    return undefined;
  }
  const unit = rule.unit === undefined ? '' : ` ${rule.unit}`;
  if (rule.integer === true && !Number.isInteger(value)) {
    issues.push(errorAt('not_integer', path, `${path} must be a whole number.`));
    return undefined;
  }
  if ((rule.min !== undefined && value < rule.min) || (rule.max !== undefined && value > rule.max)) {
    const range =
      rule.min !== undefined && rule.max !== undefined
        ? `from ${rule.min} to ${rule.max}${unit}`
        : rule.min !== undefined
          ? `at least ${rule.min}${unit}`
          : `at most ${String(rule.max)}${unit}`;
    issues.push(errorAt('out_of_range', path, `${path} must be ${range}; got ${value}.`));
    return undefined;
  }
  return value;
}

/**
 * Reads one of a fixed set of strings.
 *
 * @param record - the parent object
 * @param field - the field name
 * @param path - the field's full path
 * @param allowed - the accepted values
 * @param required - whether absence is an error
 * @param issues - collects what is wrong
 * @returns the value, or undefined when absent or not allowed
 */
export function readChoice<T extends string>(
  record: Record<string, unknown>,
  field: string,
  path: string,
  allowed: readonly T[],
  required: boolean,
  issues: Issue[],
): T | undefined {
  const value = record[field];
  if (value === undefined || value === null) {
    if (required) issues.push(errorAt('required', path, `${path} is required.`));
    return undefined;
  }
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    issues.push(errorAt('invalid_value', path, `${path} must be one of ${allowed.join(', ')}.`));
    return undefined;
  }
  return value as T;
}

/**
 * Reads a boolean.
 *
 * @param record - the parent object
 * @param field - the field name
 * @param path - the field's full path
 * @param required - whether absence is an error
 * @param issues - collects what is wrong
 * @returns the value, or undefined when absent or not a boolean
 */
export function readBoolean(
  record: Record<string, unknown>,
  field: string,
  path: string,
  required: boolean,
  issues: Issue[],
): boolean | undefined {
  const value = record[field];
  if (value === undefined || value === null) {
    if (required) issues.push(errorAt('required', path, `${path} is required.`));
    return undefined;
  }
  if (typeof value !== 'boolean') {
    issues.push(errorAt('invalid_type', path, `${path} must be true or false.`));
    return undefined;
  }
  return value;
}

/**
 * Reads a string, trimmed, with a maximum length.
 *
 * @param record - the parent object
 * @param field - the field name
 * @param path - the field's full path
 * @param rule - `required` and `maxLength`
 * @param issues - collects what is wrong
 * @returns the trimmed text, or undefined when absent, blank or invalid
 */
export function readText(
  record: Record<string, unknown>,
  field: string,
  path: string,
  rule: { readonly required: boolean; readonly maxLength: number },
  issues: Issue[],
): string | undefined {
  const value = record[field];
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    if (rule.required) issues.push(errorAt('required', path, `${path} is required.`));
    return undefined;
  }
  if (typeof value !== 'string') {
    issues.push(errorAt('invalid_type', path, `${path} must be text.`));
    return undefined;
  }
  if (value.length > rule.maxLength) {
    issues.push(errorAt('too_long', path, `${path} must be at most ${rule.maxLength} characters.`));
    return undefined;
  }
  return value.trim();
}

/**
 * Reads a nested object, reporting a wrong type.
 *
 * @param record - the parent object
 * @param field - the field name
 * @param path - the field's full path
 * @param required - whether absence is an error
 * @param issues - collects what is wrong
 * @returns the object, or undefined when absent or not an object
 */
export function readObject(
  record: Record<string, unknown>,
  field: string,
  path: string,
  required: boolean,
  issues: Issue[],
): Record<string, unknown> | undefined {
  const value = record[field];
  if (value === undefined || value === null) {
    if (required) issues.push(errorAt('required', path, `${path} is required.`));
    return undefined;
  }
  if (!isRecord(value)) {
    issues.push(errorAt('invalid_type', path, `${path} must be an object.`));
    return undefined;
  }
  return value;
}
