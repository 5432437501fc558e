import type { Localized, Playbook, PlaybookStep } from '../../../shared/ctas.ts';
import type { Db } from '../../db/client.ts';

const step = (
  kind: PlaybookStep['kind'],
  offset_days: number,
  en: string,
  ru: string,
  ko: string,
  zh: string,
) => ({
  kind,
  offset_days,
  title: { en, ru, ko, zh },
});
const L = (en: string, ru: string, ko: string, zh: string): Localized => ({ en, ru, ko, zh });

/** The built-in library: ids are stable keys, texts in every language the app speaks. */
export const BUILTIN_PLAYBOOKS: Playbook[] = [
  {
    id: 'onboarding',
    builtin: true,
    cta_type: 'onboarding',
    name: L('Onboarding', 'Онбординг', '온보딩', '客户入门'),
    description: L(
      'From signed contract to first value: kickoff, technical setup with the IT contact, first value, training.',
      'От подписанного договора до первой ценности: старт, техническая настройка с ИТ-контактом, первая ценность, обучение.',
      '계약 체결부터 첫 가치 실현까지: 킥오프, IT 담당자와 기술 설정, 첫 가치, 교육.',
      '从签约到首次价值：启动会、与 IT 联系人完成技术配置、首次价值、培训。',
    ),
    steps: [
      step(
        'email',
        0,
        'Send the welcome email and propose a kickoff date',
        'Отправить приветственное письмо и предложить дату старта',
        '환영 이메일을 보내고 킥오프 일정을 제안하기',
        '发送欢迎邮件并提议启动会日期',
      ),
      step(
        'task',
        3,
        'Kickoff call: goals, success criteria, stakeholders',
        'Стартовая встреча: цели, критерии успеха, участники',
        '킥오프 미팅: 목표, 성공 기준, 이해관계자',
        '启动会：目标、成功标准、相关人',
      ),
      step(
        'task',
        7,
        'Technical setup with the IT contact (SSO, data, integrations)',
        'Техническая настройка с ИТ-контактом (SSO, данные, интеграции)',
        'IT 담당자와 기술 설정 (SSO, 데이터, 연동)',
        '与 IT 联系人完成技术配置（SSO、数据、集成）',
      ),
      step(
        'wait',
        14,
        'Wait for the first week of real usage',
        'Дождаться первой недели реального использования',
        '첫 주 실제 사용을 기다리기',
        '等待第一周的实际使用',
      ),
      step(
        'task',
        21,
        'Confirm first value with the champion',
        'Подтвердить первую ценность с чемпионом',
        '챔피언과 첫 가치 실현 확인',
        '与支持者确认首次价值',
      ),
      step(
        'task',
        28,
        'Train the end users and share the recording',
        'Обучить пользователей и поделиться записью',
        '최종 사용자 교육 및 녹화본 공유',
        '培训最终用户并分享录像',
      ),
    ],
  },
  {
    id: 'usage_drop',
    builtin: true,
    cta_type: 'risk',
    name: L('Usage drop', 'Падение использования', '사용량 감소', '使用量下降'),
    description: L(
      'Usage fell: find out why within days, not at renewal.',
      'Использование упало: выяснить причину за несколько дней, а не к продлению.',
      '사용량이 줄었습니다: 갱신 시점이 아니라 며칠 안에 원인을 파악하세요.',
      '使用量下降：在几天内查明原因，而不是等到续约时。',
    ),
    steps: [
      step(
        'task',
        0,
        'Review the usage trend and recent tickets',
        'Изучить динамику использования и последние обращения',
        '사용 추이와 최근 티켓 검토',
        '查看使用趋势和最近的工单',
      ),
      step(
        'email',
        1,
        'Check in with the champion: what changed?',
        'Связаться с чемпионом: что изменилось?',
        '챔피언에게 연락: 무엇이 바뀌었나요?',
        '联系支持者：发生了什么变化？',
      ),
      step(
        'task',
        5,
        'Agree a recovery plan with owners and dates',
        'Согласовать план восстановления с ответственными и сроками',
        '담당자와 일정이 있는 회복 계획 합의',
        '商定包含负责人和日期的恢复计划',
      ),
      step(
        'wait',
        14,
        'Wait two weeks and compare usage',
        'Подождать две недели и сравнить использование',
        '2주 기다린 후 사용량 비교',
        '等待两周后对比使用量',
      ),
    ],
  },
  {
    id: 'renewal',
    builtin: true,
    cta_type: 'renewal',
    name: L('Renewal', 'Продление', '갱신', '续约'),
    description: L(
      'Checkpoints at 120, 90, 60 and 30 days before the renewal date.',
      'Контрольные точки за 120, 90, 60 и 30 дней до даты продления.',
      '갱신일 120, 90, 60, 30일 전 체크포인트.',
      '在续约日前 120、90、60、30 天的检查点。',
    ),
    steps: [
      step(
        'task',
        0,
        '120 days: review value delivered and risks',
        '120 дней: оценить полученную ценность и риски',
        '120일: 제공한 가치와 위험 검토',
        '120 天：回顾已交付价值和风险',
      ),
      step(
        'task',
        30,
        '90 days: executive business review',
        '90 дней: встреча с руководством клиента (EBR)',
        '90일: 경영진 비즈니스 리뷰',
        '90 天：高管业务回顾',
      ),
      step(
        'email',
        60,
        '60 days: send the renewal proposal',
        '60 дней: отправить предложение о продлении',
        '60일: 갱신 제안서 발송',
        '60 天：发送续约方案',
      ),
      step(
        'task',
        90,
        '30 days: confirm the decision and paperwork',
        '30 дней: подтвердить решение и документы',
        '30일: 결정 및 서류 확인',
        '30 天：确认决定和合同文件',
      ),
    ],
  },
  {
    id: 'expansion',
    builtin: true,
    cta_type: 'opportunity',
    name: L('Expansion', 'Расширение', '확장', '扩展销售'),
    description: L(
      'The account gets more value than it pays for: qualify and hand over to sales.',
      'Клиент получает больше ценности, чем платит: квалифицировать и передать продажам.',
      '고객이 지불하는 것보다 더 많은 가치를 얻고 있습니다: 검증 후 영업에 전달하세요.',
      '客户获得的价值超过其付费：确认机会并移交销售。',
    ),
    steps: [
      step(
        'task',
        0,
        'Confirm the signal: seats, usage, new teams',
        'Проверить сигнал: места, использование, новые команды',
        '신호 확인: 좌석, 사용량, 새 팀',
        '确认信号：席位、使用量、新团队',
      ),
      step(
        'task',
        3,
        'Discovery call on new use cases',
        'Встреча о новых сценариях использования',
        '새로운 사용 사례 발굴 미팅',
        '关于新用例的需求沟通',
      ),
      step(
        'task',
        7,
        'Hand over to the account executive with notes',
        'Передать менеджеру по продажам с заметками',
        '메모와 함께 영업 담당자에게 전달',
        '附上备注移交给客户经理',
      ),
    ],
  },
  {
    id: 'champion_left',
    builtin: true,
    cta_type: 'risk',
    name: L(
      'Champion or sponsor left',
      'Ушёл чемпион или спонсор',
      '챔피언 또는 스폰서 이탈',
      '支持者或发起人离职',
    ),
    description: L(
      'The person who chose us is gone: rebuild the relationship before the next renewal.',
      'Человек, который выбрал нас, ушёл: восстановить отношения до следующего продления.',
      '우리를 선택한 사람이 떠났습니다: 다음 갱신 전에 관계를 재구축하세요.',
      '选择我们的人离开了：在下次续约前重建关系。',
    ),
    steps: [
      step(
        'task',
        0,
        'Find who now owns the tool and the budget',
        'Выяснить, кто теперь отвечает за инструмент и бюджет',
        '도구와 예산의 새 책임자 파악',
        '找出现在负责该工具和预算的人',
      ),
      step(
        'email',
        2,
        'Introduce yourself to the new stakeholder',
        'Представиться новому ответственному',
        '새 이해관계자에게 자기소개',
        '向新的相关人做自我介绍',
      ),
      step(
        'task',
        10,
        'Re-run the value review with the new team',
        'Повторить обзор ценности с новой командой',
        '새 팀과 가치 리뷰 다시 진행',
        '与新团队重新进行价值回顾',
      ),
    ],
  },
];

const same = (s: string): Localized => ({ en: s, ru: s, ko: s, zh: s });

/** A built-in playbook by key, or a custom one by id; undefined when there is none. */
export async function findPlaybook(db: Db, id: string): Promise<Playbook | undefined> {
  const builtin = BUILTIN_PLAYBOOKS.find((p) => p.id === id);
  if (builtin) return builtin;
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const row = await db.selectFrom('playbooks').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toPlaybook(row) : undefined;
}

export function toPlaybook(row: {
  id: string;
  name: string;
  cta_type: string;
  description: string;
  steps: unknown;
}): Playbook {
  const steps = row.steps as {
    kind: PlaybookStep['kind'];
    offset_days: number;
    title: string;
    body?: string;
  }[];
  return {
    id: row.id,
    builtin: false,
    cta_type: row.cta_type as Playbook['cta_type'],
    name: same(row.name),
    description: same(row.description),
    steps: steps.map((s) => ({
      kind: s.kind,
      offset_days: s.offset_days,
      title: same(s.title),
      ...(s.body ? { body: same(s.body) } : {}),
    })),
  };
}

export async function listPlaybooks(db: Db): Promise<Playbook[]> {
  const rows = await db.selectFrom('playbooks').selectAll().orderBy('name').execute();
  return [...BUILTIN_PLAYBOOKS, ...rows.map(toPlaybook)];
}
