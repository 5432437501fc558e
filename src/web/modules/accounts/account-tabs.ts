export const ACCOUNT_TABS = ['overview', 'contacts', 'team', 'contracts', 'usage', 'health'] as const;
export type AccountTab = (typeof ACCOUNT_TABS)[number];
