// Frozen with its migration (2026-11-23T1400-team): the content every install starts with. Later changes
// to the built-in ladder or question bank go in a new migration, so existing installs get them too.

type Text4 = { en: string; ru: string; ko: string; zh: string };

export const BUILTIN_LADDER = [
  {
    track: 'ic',
    level: 1,
    title: 'Associate CSM',
    expectations:
      'Runs onboarding and tech-touch programmes with guidance; keeps account records current; escalates early.',
    competencies: ['onboarding', 'relationship_building'],
  },
  {
    track: 'ic',
    level: 2,
    title: 'CSM',
    expectations:
      'Owns a book of accounts end to end: adoption, renewals and expansion signals; runs business reviews alone.',
    competencies: ['onboarding', 'relationship_building', 'renewals_upsell', 'data_driven'],
  },
  {
    track: 'ic',
    level: 3,
    title: 'Senior CSM',
    expectations:
      'Owns the largest or most complex accounts; forecasts renewals accurately; mentors CSMs; handles executive escalations.',
    competencies: ['relationship_building', 'renewals_upsell', 'data_driven', 'conflict_escalation'],
  },
  {
    track: 'ic',
    level: 4,
    title: 'Principal / Strategic CSM',
    expectations:
      'Shapes how the team works (playbooks, segmentation, health model); trusted adviser to executive sponsors.',
    competencies: ['relationship_building', 'renewals_upsell', 'data_driven', 'conflict_escalation'],
  },
  {
    track: 'manager',
    level: 1,
    title: 'Team Lead',
    expectations:
      'Carries a reduced book while coaching a small group; reviews accounts weekly; owns onboarding of new hires.',
    competencies: ['relationship_building', 'conflict_escalation', 'coaching'],
  },
  {
    track: 'manager',
    level: 2,
    title: 'CS Manager',
    expectations:
      'Runs a team: hiring, capacity, career conversations; accountable for the team’s GRR and NRR.',
    competencies: ['coaching', 'data_driven', 'hiring'],
  },
  {
    track: 'manager',
    level: 3,
    title: 'Director of CS',
    expectations: 'Runs several teams and the coverage model; owns retention targets and the CS budget.',
    competencies: ['coaching', 'data_driven', 'hiring', 'strategy'],
  },
  {
    track: 'manager',
    level: 4,
    title: 'VP of Customer Success',
    expectations:
      'Owns net revenue retention for the company; represents the customer in the leadership team.',
    competencies: ['strategy', 'hiring', 'data_driven'],
  },
] as const;

export interface BuiltinQuestion {
  key: string;
  competency: string;
  prompt: Text4;
  strong: Text4;
  weak: Text4;
}

export const BUILTIN_QUESTIONS: BuiltinQuestion[] = [
  {
    key: 'relationship.trust_new_stakeholder',
    competency: 'relationship_building',
    prompt: {
      en: 'Tell us about a time you took over an account whose main contact did not trust your company. What did you do in the first 30 days?',
      ru: 'Расскажите, как вы приняли клиента, чей основной контакт не доверял вашей компании. Что вы сделали за первые 30 дней?',
      ko: '주요 담당자가 회사를 신뢰하지 않던 고객사를 인수한 경험을 말씀해 주세요. 처음 30일 동안 무엇을 하셨나요?',
      zh: '请讲一次您接手一个主要联系人不信任贵公司的客户的经历。前 30 天您做了什么？',
    },
    strong: {
      en: 'Listens first and names the customer’s goals in their words; finds further stakeholders; makes and keeps small, visible commitments; measures the change.',
      ru: 'Сначала слушает и формулирует цели клиента его словами; находит других участников; даёт небольшие видимые обещания и выполняет их; измеряет результат.',
      ko: '먼저 경청하고 고객의 목표를 고객의 언어로 정리하며, 다른 이해관계자를 찾고, 작고 눈에 보이는 약속을 지키며, 변화를 측정합니다.',
      zh: '先倾听，用客户自己的话说出其目标；寻找更多利益相关者；做出并兑现小而可见的承诺；衡量变化。',
    },
    weak: {
      en: 'Talks mainly about product features or discounts; relies on one contact; no concrete example or outcome.',
      ru: 'Говорит в основном о функциях продукта или скидках; опирается на один контакт; нет конкретного примера и результата.',
      ko: '주로 제품 기능이나 할인 이야기만 하고, 한 명의 담당자에게 의존하며, 구체적인 사례나 결과가 없습니다.',
      zh: '主要谈产品功能或折扣；只依赖一个联系人；没有具体例子或结果。',
    },
  },
  {
    key: 'relationship.executive_sponsor',
    competency: 'relationship_building',
    prompt: {
      en: 'How do you get and keep access to an executive sponsor who has little time for you?',
      ru: 'Как вы получаете и сохраняете доступ к спонсору со стороны руководства, у которого мало времени?',
      ko: '시간이 거의 없는 경영진 스폰서와의 접점을 어떻게 만들고 유지하시나요?',
      zh: '对于几乎没有时间的高管发起人，您如何获得并保持与其接触？',
    },
    strong: {
      en: 'Ties every meeting to the executive’s business outcomes; short, prepared agendas with numbers; uses the champion to open doors; follows up in writing.',
      ru: 'Связывает каждую встречу с бизнес-целями руководителя; короткая подготовленная повестка с цифрами; использует чемпиона, чтобы открыть двери; фиксирует итоги письменно.',
      ko: '모든 미팅을 경영진의 비즈니스 성과와 연결하고, 수치가 담긴 짧은 안건을 준비하며, 챔피언을 통해 접점을 열고, 서면으로 후속 조치합니다.',
      zh: '每次会议都与高管的业务成果挂钩；议程简短、有数据、准备充分；借助内部拥护者打开渠道；会后书面跟进。',
    },
    weak: {
      en: 'Only contacts the executive at renewal or when something is wrong; generic status updates.',
      ru: 'Выходит на руководителя только при продлении или когда что-то сломалось; шаблонные отчёты о статусе.',
      ko: '갱신 시점이나 문제가 생겼을 때만 연락하고, 일반적인 현황 보고만 합니다.',
      zh: '只在续约或出问题时才联系高管；只做泛泛的状态汇报。',
    },
  },
  {
    key: 'onboarding.time_to_value',
    competency: 'onboarding',
    prompt: {
      en: 'A new customer is three weeks into onboarding and behind plan. Walk us through how you get them to first value.',
      ru: 'Новый клиент на третьей неделе внедрения и отстаёт от плана. Как вы доведёте его до первой ценности?',
      ko: '신규 고객이 온보딩 3주 차인데 계획보다 늦어지고 있습니다. 첫 가치를 얻게 하기까지 어떻게 진행하시겠습니까?',
      zh: '一个新客户入职第三周，进度落后于计划。请说明您如何让他们获得首个价值。',
    },
    strong: {
      en: 'Defines first value with the customer as a measurable milestone; finds the blocker (people, data, priority); cuts scope; agrees owners and dates; checks usage data.',
      ru: 'Определяет с клиентом первую ценность как измеримую веху; находит препятствие (люди, данные, приоритет); сокращает объём; согласует ответственных и сроки; смотрит данные об использовании.',
      ko: '첫 가치를 고객과 함께 측정 가능한 마일스톤으로 정의하고, 장애 요인(사람, 데이터, 우선순위)을 찾으며, 범위를 줄이고, 담당자와 일정을 합의하며, 사용 데이터를 확인합니다.',
      zh: '与客户一起把首个价值定义为可衡量的里程碑；找出阻碍（人员、数据、优先级）；缩小范围；约定负责人和日期；查看使用数据。',
    },
    weak: {
      en: 'Sends more training material; blames the customer; no definition of what success looks like.',
      ru: 'Отправляет больше обучающих материалов; винит клиента; не определяет, что считать успехом.',
      ko: '교육 자료만 더 보내거나 고객을 탓하며, 성공의 기준을 정의하지 않습니다.',
      zh: '只是发送更多培训材料；责怪客户；没有定义成功是什么样子。',
    },
  },
  {
    key: 'onboarding.handoff_from_sales',
    competency: 'onboarding',
    prompt: {
      en: 'What do you need from sales at handoff, and what do you do when you do not get it?',
      ru: 'Что вам нужно от отдела продаж при передаче клиента и что вы делаете, если этого нет?',
      ko: '영업팀으로부터 인계받을 때 무엇이 필요하며, 그것을 받지 못하면 어떻게 하시나요?',
      zh: '在与销售交接时您需要哪些信息？如果拿不到，您会怎么做？',
    },
    strong: {
      en: 'Names concrete items: goals, promises made, stakeholders, risks; runs a kickoff that re-confirms them with the customer; feeds gaps back to sales without blame.',
      ru: 'Называет конкретное: цели, данные обещания, участники, риски; проводит стартовую встречу и подтверждает их с клиентом; без обвинений сообщает продажам о пробелах.',
      ko: '목표, 약속한 내용, 이해관계자, 리스크 등 구체적인 항목을 말하고, 킥오프에서 고객과 재확인하며, 비난 없이 누락 사항을 영업팀에 피드백합니다.',
      zh: '说出具体内容：目标、已做出的承诺、利益相关者、风险；在启动会上与客户再次确认；不指责地把缺口反馈给销售。',
    },
    weak: {
      en: 'Expects a perfect handoff; cannot say what a good one contains; starts onboarding without confirming goals.',
      ru: 'Ждёт идеальной передачи; не может сказать, что в ней должно быть; начинает внедрение, не подтвердив цели.',
      ko: '완벽한 인계를 기대하고, 좋은 인계에 무엇이 포함되는지 말하지 못하며, 목표 확인 없이 온보딩을 시작합니다.',
      zh: '期待完美交接；说不出好的交接应包含什么；未确认目标就开始入职。',
    },
  },
  {
    key: 'renewals.at_risk_renewal',
    competency: 'renewals_upsell',
    prompt: {
      en: 'A renewal is 90 days away and usage has dropped by a third. What is your plan?',
      ru: 'До продления 90 дней, а использование упало на треть. Каков ваш план?',
      ko: '갱신까지 90일 남았는데 사용량이 3분의 1 감소했습니다. 어떤 계획을 세우시겠습니까?',
      zh: '距离续约还有 90 天，使用量下降了三分之一。您的计划是什么？',
    },
    strong: {
      en: 'Finds out why before acting (champion left? project ended?); re-confirms value with the sponsor; a dated save plan with the customer; forecasts honestly and involves the manager early.',
      ru: 'Сначала выясняет причину (ушёл чемпион? закончился проект?); заново подтверждает ценность со спонсором; план спасения со сроками вместе с клиентом; честный прогноз и раннее подключение руководителя.',
      ko: '행동 전에 원인(챔피언 이탈? 프로젝트 종료?)을 파악하고, 스폰서와 가치를 재확인하며, 고객과 일정이 있는 유지 계획을 세우고, 정직하게 예측하며 관리자를 일찍 참여시킵니다.',
      zh: '行动前先查明原因（拥护者离职？项目结束？）；与发起人重新确认价值；与客户制定有日期的挽留计划；如实预测并尽早让经理参与。',
    },
    weak: {
      en: 'Offers a discount first; waits for the renewal call; treats usage as the only signal.',
      ru: 'Сразу предлагает скидку; ждёт звонка о продлении; считает использование единственным сигналом.',
      ko: '먼저 할인을 제안하고, 갱신 연락을 기다리며, 사용량만 유일한 신호로 봅니다.',
      zh: '先提供折扣；坐等续约电话；把使用量当作唯一信号。',
    },
  },
  {
    key: 'renewals.expansion_signal',
    competency: 'renewals_upsell',
    prompt: {
      en: 'How do you spot an expansion opportunity, and how do you work with the account executive on it?',
      ru: 'Как вы замечаете возможность расширения и как работаете над ней с менеджером по продажам?',
      ko: '확장 기회를 어떻게 포착하며, 이를 위해 영업 담당자와 어떻게 협업하시나요?',
      zh: '您如何发现扩展机会？又如何与客户经理合作推进？',
    },
    strong: {
      en: 'Uses signals (seat limits, new teams, new use cases); qualifies the need with the customer; agrees roles with the AE; keeps the trusted-adviser position.',
      ru: 'Опирается на сигналы (лимит лицензий, новые команды, новые сценарии); проверяет потребность с клиентом; договаривается о ролях с продажами; сохраняет позицию доверенного советника.',
      ko: '신호(좌석 한도, 새 팀, 새 사용 사례)를 활용하고, 고객과 필요를 검증하며, 영업 담당자와 역할을 합의하고, 신뢰받는 조언자의 위치를 유지합니다.',
      zh: '依据信号（席位上限、新团队、新用例）；与客户确认需求；与客户经理约定分工；保持可信顾问的定位。',
    },
    weak: {
      en: 'Pushes products the customer has not asked for; no shared process with sales; or avoids commercial talk entirely.',
      ru: 'Навязывает то, о чём клиент не просил; нет общего процесса с продажами; либо вообще избегает коммерческих разговоров.',
      ko: '고객이 원하지 않은 제품을 밀어붙이거나, 영업팀과 공유된 프로세스가 없거나, 상업적 대화를 아예 피합니다.',
      zh: '推销客户没要求的产品；与销售没有共同流程；或完全回避商务话题。',
    },
  },
  {
    key: 'data.health_score_disagrees',
    competency: 'data_driven',
    prompt: {
      en: 'An account shows green health but your instinct says it is at risk. What do you do?',
      ru: 'Здоровье клиента зелёное, но интуиция говорит, что он в зоне риска. Что вы сделаете?',
      ko: '고객 건강도는 초록색인데 직감으로는 위험하다고 느껴집니다. 어떻게 하시겠습니까?',
      zh: '某客户健康度显示为绿色，但您的直觉认为它有风险。您会怎么做？',
    },
    strong: {
      en: 'Checks which measures drive the score and what is missing; gathers evidence; records sentiment; proposes a change to the model if it is wrong.',
      ru: 'Смотрит, какие показатели формируют оценку и чего не хватает; собирает факты; фиксирует своё мнение; предлагает изменить модель, если она ошибается.',
      ko: '어떤 지표가 점수를 이끌고 무엇이 빠졌는지 확인하고, 근거를 모으며, 판단을 기록하고, 모델이 틀렸다면 변경을 제안합니다.',
      zh: '查看哪些指标驱动了分数、缺少什么；收集证据；记录主观判断；若模型有误则提出修改。',
    },
    weak: {
      en: 'Either trusts the score blindly or ignores data altogether; no follow-up.',
      ru: 'Либо слепо доверяет оценке, либо вовсе игнорирует данные; ничего не предпринимает.',
      ko: '점수를 맹신하거나 데이터를 완전히 무시하며, 후속 조치가 없습니다.',
      zh: '要么盲目相信分数，要么完全忽视数据；没有后续行动。',
    },
  },
  {
    key: 'data.prioritise_book',
    competency: 'data_driven',
    prompt: {
      en: 'You own 60 accounts. How do you decide where to spend this week?',
      ru: 'У вас 60 клиентов. Как вы решаете, на что потратить эту неделю?',
      ko: '60개 고객사를 담당하고 있습니다. 이번 주에 어디에 시간을 쓸지 어떻게 결정하시나요?',
      zh: '您负责 60 个客户。您如何决定本周把时间花在哪里？',
    },
    strong: {
      en: 'Segments by ARR, renewal date and risk; uses health and usage trends; protects time for proactive work; can explain the trade-offs.',
      ru: 'Сегментирует по ARR, дате продления и риску; использует тренды здоровья и использования; оставляет время на проактивную работу; объясняет компромиссы.',
      ko: 'ARR, 갱신일, 리스크로 세분화하고, 건강도와 사용 추세를 활용하며, 선제적 업무 시간을 확보하고, 트레이드오프를 설명할 수 있습니다.',
      zh: '按 ARR、续约日期和风险细分；利用健康度和使用趋势；为主动工作留出时间；能说明取舍。',
    },
    weak: {
      en: 'Works whichever customer is loudest; no view of the whole book.',
      ru: 'Работает с тем, кто громче всех; не видит портфель целиком.',
      ko: '가장 목소리가 큰 고객부터 대응하며, 전체 포트폴리오를 보지 못합니다.',
      zh: '谁声音大就先处理谁；对整个客户组合没有全局视角。',
    },
  },
  {
    key: 'conflict.angry_customer',
    competency: 'conflict_escalation',
    prompt: {
      en: 'A customer executive emails your CEO after an outage. Describe how you handle the next 48 hours.',
      ru: 'После сбоя руководитель клиента пишет вашему CEO. Опишите, как вы проведёте следующие 48 часов.',
      ko: '장애 이후 고객사 임원이 귀사 CEO에게 이메일을 보냈습니다. 이후 48시간을 어떻게 대응하시겠습니까?',
      zh: '一次故障后，客户高管直接给贵公司 CEO 发了邮件。请描述您如何处理接下来的 48 小时。',
    },
    strong: {
      en: 'Acknowledges fast; owns communication; coordinates engineering and support with clear updates; agrees a remediation plan; follows up with a written review and prevention steps.',
      ru: 'Быстро реагирует; берёт коммуникацию на себя; координирует разработку и поддержку с понятными обновлениями; согласует план исправления; отправляет письменный разбор и меры предотвращения.',
      ko: '빠르게 인지하고 커뮤니케이션을 책임지며, 엔지니어링과 지원팀을 명확한 업데이트로 조율하고, 개선 계획을 합의하며, 서면 리뷰와 재발 방지책으로 후속 조치합니다.',
      zh: '迅速回应；主导沟通；协调研发和支持并给出清晰进展；约定补救计划；以书面复盘和预防措施跟进。',
    },
    weak: {
      en: 'Defensive or vague; waits for others to act; promises what engineering cannot deliver.',
      ru: 'Оправдывается или говорит расплывчато; ждёт, что действовать будут другие; обещает то, чего разработка не сможет сделать.',
      ko: '방어적이거나 모호하며, 다른 사람이 움직이기를 기다리고, 엔지니어링이 지킬 수 없는 약속을 합니다.',
      zh: '防御或含糊其辞；等别人行动；承诺研发无法兑现的事情。',
    },
  },
  {
    key: 'conflict.saying_no',
    competency: 'conflict_escalation',
    prompt: {
      en: 'Tell us about a time you had to say no to an important customer request. How did the relationship fare?',
      ru: 'Расскажите, как вам пришлось отказать важному клиенту. Что стало с отношениями?',
      ko: '중요한 고객의 요청을 거절해야 했던 경험을 말씀해 주세요. 관계는 어떻게 되었나요?',
      zh: '请讲一次您不得不拒绝重要客户请求的经历。之后关系如何？',
    },
    strong: {
      en: 'Understands the need behind the request; explains the reason honestly; offers an alternative or workaround; the relationship held or improved.',
      ru: 'Понимает потребность за запросом; честно объясняет причину; предлагает альтернативу или обходной путь; отношения сохранились или улучшились.',
      ko: '요청 뒤의 필요를 이해하고, 이유를 솔직하게 설명하며, 대안이나 우회 방법을 제시하고, 관계가 유지되거나 개선되었습니다.',
      zh: '理解请求背后的需求；坦诚说明原因；提供替代方案或变通办法；关系得以维持或改善。',
    },
    weak: {
      en: 'Never says no, or says no without explanation; blames the product team.',
      ru: 'Никогда не отказывает или отказывает без объяснений; винит команду продукта.',
      ko: '절대 거절하지 않거나, 설명 없이 거절하며, 제품팀을 탓합니다.',
      zh: '从不拒绝，或拒绝时不作解释；把责任推给产品团队。',
    },
  },
];
