/** The columns an expert import reads, in the order an export writes them (api.md: import columns). */
export const importFields = [
  'name',
  'title',
  'organization',
  'city',
  'pool',
  'skills',
  'sectors',
  'yearsOfExperience',
  'email',
  'phone',
  'bio',
  'availability',
] as const;
export type ImportField = (typeof importFields)[number];

export const isImportField = (field: string): field is ImportField =>
  (importFields as readonly string[]).includes(field);
