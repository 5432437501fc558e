// Track events as @segment/analytics-node sends them from a B2B web app: about 1 KB of JSON each, users
// spread over the accounts, timestamps within the last hour (so a batch touches a few account-days).

export const BENCH_ACCOUNTS_PREFIX = 'bench-co-';
const USERS_PER_ACCOUNT = 20;
const EVENTS = ['Report Exported', 'Dashboard Viewed', 'Alert Created', 'Filter Applied', 'Invite Sent'];
const PAGES = ['/reports/quarterly', '/dashboards/revenue', '/alerts', '/settings/team', '/accounts/list'];

export const accountExternalId = (account: number) => `${BENCH_ACCOUNTS_PREFIX}${account}`;

/** The n-th event of a run; `prefix` keeps the messageIds of runs and phases apart. */
export function trackEvent(prefix: string, n: number, accounts: number, now: number) {
  const user = (n * 7919) % (accounts * USERS_PER_ACCOUNT);
  const account = user % accounts;
  const page = PAGES[n % PAGES.length] as string;
  const timestamp = new Date(now - (n % 3600) * 1000).toISOString();
  return {
    type: 'track',
    messageId: `${prefix}-${n}`,
    userId: `bench-user-${user}`,
    event: EVENTS[n % EVENTS.length] as string,
    timestamp,
    properties: {
      plan: n % 3 ? 'enterprise' : 'growth',
      feature: page.split('/')[1],
      duration_ms: (n * 37) % 9000,
      items: n % 50,
      format: n % 2 ? 'csv' : 'pdf',
      filters: { range: '90d', region: n % 4 ? 'EMEA' : 'AMER', owner: 'me' },
    },
    context: {
      groupId: accountExternalId(account),
      library: { name: '@segment/analytics-node', version: '3.1.0' },
      ip: '203.0.113.42',
      userAgent:
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
      page: {
        path: page,
        url: `https://app.example.com${page}?range=90d`,
        title: 'Example App',
        referrer: 'https://app.example.com/home',
      },
      locale: 'en-US',
      timezone: 'Europe/Berlin',
    },
    integrations: {},
    _metadata: { nodeVersion: '20.19.0', jsRuntime: 'node' },
    sentAt: new Date(now).toISOString(),
  };
}

export type TrackEvent = ReturnType<typeof trackEvent>;

/** A batch body of `size` events from the n-th on, as the Segment libraries post it. */
export function batchBody(prefix: string, first: number, size: number, accounts: number, now = Date.now()) {
  const batch = Array.from({ length: size }, (_, i) => trackEvent(prefix, first + i, accounts, now));
  return JSON.stringify({ batch, sentAt: new Date(now).toISOString() });
}
