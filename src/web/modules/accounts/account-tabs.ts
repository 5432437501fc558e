export const ACCOUNT_TABS = [
  'overview',
  'contacts',
  'team',
  'contracts',
  'usage',
  'health',
  'timeline',
] as const;
export type AccountTab = (typeof ACCOUNT_TABS)[number];
