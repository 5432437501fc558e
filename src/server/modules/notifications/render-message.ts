import type { Locale } from '../../../shared/ctas.ts';

export interface DeliveryPayload {
  template?: string;
  rule_name?: string | null;
  account_name?: string;
  account_id?: string;
  cta_id?: string | null;
  cta_title?: string;
  facts?: Record<string, unknown> | null;
  message?: string | null;
  locale?: string;
}

/** The facts that fired a rule, as one readable line: "event: Subscription Cancelled, drop_percent: 60". */
export function describeFacts(facts: Record<string, unknown> | null | undefined): string {
  if (!facts) return '';
  return Object.entries(facts)
    .filter(([k, v]) => k !== 'signal' && v !== null && typeof v !== 'object')
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ');
}

/** A chat message: the rule's own text with {{account}}, {{rule}} and {{reason}} filled in, or the default. */
export function chatText(p: DeliveryPayload): string {
  const reason = describeFacts(p.facts);
  if (p.message)
    return p.message
      .replaceAll('{{account}}', p.account_name ?? '')
      .replaceAll('{{rule}}', p.rule_name ?? '')
      .replaceAll('{{reason}}', reason);
  return `${p.rule_name ?? 'Tend'}: ${p.account_name ?? ''}${reason ? ` (${reason})` : ''}`;
}

const EMAIL: Record<
  Locale,
  { subject: (p: DeliveryPayload) => string; intro: string; why: string; footer: string }
> = {
  en: {
    subject: (p) => `${p.account_name}: ${p.cta_title ?? p.rule_name}`,
    intro: 'Tend flagged an account of yours.',
    why: 'Why',
    footer: 'You get this email because of your notification settings in Tend.',
  },
  ru: {
    subject: (p) => `${p.account_name}: ${p.cta_title ?? p.rule_name}`,
    intro: 'Tend отметил одного из ваших клиентов.',
    why: 'Причина',
    footer: 'Вы получили это письмо согласно вашим настройкам уведомлений в Tend.',
  },
  ko: {
    subject: (p) => `${p.account_name}: ${p.cta_title ?? p.rule_name}`,
    intro: 'Tend가 담당 고객사 하나를 표시했습니다.',
    why: '사유',
    footer: 'Tend 알림 설정에 따라 이 이메일을 받으셨습니다.',
  },
  zh: {
    subject: (p) => `${p.account_name}：${p.cta_title ?? p.rule_name}`,
    intro: 'Tend 标记了您负责的一个客户。',
    why: '原因',
    footer: '您收到此邮件是因为您在 Tend 中的通知设置。',
  },
};

export function emailContent(p: DeliveryPayload): { subject: string; text: string } {
  const locale = (['en', 'ru', 'ko', 'zh'].includes(p.locale ?? '') ? p.locale : 'en') as Locale;
  const t = EMAIL[locale];
  const lines = [
    t.intro,
    '',
    `${p.account_name ?? ''} - ${p.cta_title ?? p.rule_name ?? ''}`,
    `${t.why}: ${p.rule_name ?? ''}${describeFacts(p.facts) ? ` (${describeFacts(p.facts)})` : ''}`,
  ];
  if (p.message) lines.push('', chatText(p));
  lines.push('', t.footer);
  return { subject: t.subject(p), text: lines.join('\n') };
}
