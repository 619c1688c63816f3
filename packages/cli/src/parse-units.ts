import type { LengthUnit } from '@groundup/core';
import { CliError, EXIT_USAGE } from './cli-error.js';

/**
 * Reads `--units` for a command that reads a scan.
 *
 * @param value - the option's value, if given
 * @returns the unit, or undefined to detect it from the scan's size (with a warning)
 */
export function parseUnits(value: string | undefined): LengthUnit | undefined {
  if (value === undefined || value === 'mm' || value === 'cm' || value === 'm') return value;
  throw new CliError('usage', `--units must be mm, cm or m (got '${value}')`, EXIT_USAGE);
}
