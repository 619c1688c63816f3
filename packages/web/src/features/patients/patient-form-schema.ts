import { validatePatientInput } from '@groundup/core';
import { z } from 'zod';
import type { NewPatient } from '../../api/types.js';

/** The add-patient form's fields as typed (empty strings for what was left out). */
export interface PatientFormValues {
  givenName: string;
  familyName: string;
  birthDate: string;
  sex: 'female' | 'male' | 'other' | 'unknown';
  email: string;
}

const LABELS: Readonly<Record<string, string>> = {
  givenName: 'Given name',
  familyName: 'Family name',
  birthDate: 'Birth date',
  sex: 'Sex',
  email: 'Email',
};

/**
 * The form's values as the API takes them: blank birth date and email become null.
 *
 * @param values - as typed
 * @returns the request body
 */
export function toNewPatient(values: PatientFormValues): NewPatient {
  return {
    givenName: values.givenName.trim(),
    familyName: values.familyName.trim(),
    birthDate: values.birthDate === '' ? null : values.birthDate,
    sex: values.sex,
    email: values.email.trim() === '' ? null : values.email.trim(),
  };
}

/**
 * The add-patient form's schema: core's `validatePatientInput` (the one the server runs) as a zod
 * refinement, its issues placed on the fields and worded with their labels.
 *
 * @param today - today's date `YYYY-MM-DD` (core has no clock)
 * @returns the zod schema for react-hook-form
 */
export function patientFormSchema(today: string) {
  return z
    .object({
      givenName: z.string(),
      familyName: z.string(),
      birthDate: z.string(),
      sex: z.enum(['female', 'male', 'other', 'unknown']),
      email: z.string(),
    })
    .superRefine((values, context) => {
      for (const issue of validatePatientInput(toNewPatient(values), today)) {
        const label = LABELS[issue.path];
        context.addIssue({
          code: 'custom',
          path: [issue.path],
          message: label === undefined ? issue.message : issue.message.replace(new RegExp(`^${issue.path}\\b`), label),
        });
      }
    });
}
