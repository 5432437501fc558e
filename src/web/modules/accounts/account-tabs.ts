export const ACCOUNT_TABS = ['overview', 'contacts', 'team', 'contracts'] as const;
export type AccountTab = (typeof ACCOUNT_TABS)[number];
