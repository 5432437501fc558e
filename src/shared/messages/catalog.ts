// Translations of the messages the API answers with, keyed by their English text (gettext style), so a
// message needs no key of its own. `{0}`, `{1}` ... are placeholders for values filled in at run time;
// a value that is itself a key here (an entity name, a stage, a color) is translated too.
export type MessageTranslations = Readonly<{ ru: string; ko: string; zh: string }>;

export const MESSAGE_CATALOG: Readonly<Record<string, MessageTranslations>> = {
  'The request body is larger than {0} KB': {
    ru: 'Тело запроса больше {0} КБ',
    ko: '요청 본문이 {0} KB를 초과합니다',
    zh: '请求正文超过 {0} KB',
  },
  'The request line or headers are larger than the server accepts': {
    ru: 'Строка запроса или заголовки больше, чем принимает сервер',
    ko: '요청 줄 또는 헤더가 서버가 허용하는 크기를 초과합니다',
    zh: '请求行或请求头超过服务器接受的大小',
  },
  'The request took too long to arrive': {
    ru: 'Запрос поступал слишком долго',
    ko: '요청이 도착하는 데 너무 오래 걸렸습니다',
    zh: '请求到达耗时过长',
  },
  'The request is not valid HTTP': {
    ru: 'Запрос не является корректным HTTP',
    ko: '요청이 올바른 HTTP가 아닙니다',
    zh: '请求不是有效的 HTTP',
  },
  'The request body is not valid JSON': {
    ru: 'Тело запроса не является корректным JSON',
    ko: '요청 본문이 올바른 JSON이 아닙니다',
    zh: '请求正文不是有效的 JSON',
  },
  '{0} not found': {
    ru: '{0}: не найдено',
    ko: '{0}을(를) 찾을 수 없습니다',
    zh: '未找到{0}',
  },
  'The cursor is not valid; start again from the first page': {
    ru: 'Курсор недействителен; начните заново с первой страницы',
    ko: '커서가 올바르지 않습니다. 첫 페이지부터 다시 시작하세요',
    zh: '游标无效，请从第一页重新开始',
  },
  'No record has this id': {
    ru: 'Записи с таким идентификатором нет',
    ko: '이 ID를 가진 레코드가 없습니다',
    zh: '没有此 ID 对应的记录',
  },
  'The {0} is not valid': {
    ru: '{0} недопустимо',
    ko: '{0}이(가) 올바르지 않습니다',
    zh: '{0}无效',
  },
  'Saved views belong to users; API keys have none': {
    ru: 'Сохранённые представления есть только у пользователей, у API-ключей их нет',
    ko: '저장된 보기는 사용자에게 속합니다. API 키에는 저장된 보기가 없습니다',
    zh: '已保存视图属于用户，API 密钥没有已保存视图',
  },
  'An account cannot be its own parent or ancestor': {
    ru: 'Аккаунт не может быть собственным родителем или предком',
    ko: '계정은 자기 자신의 상위 계정이나 조상 계정이 될 수 없습니다',
    zh: '客户不能是其自身的父级或上级客户',
  },
  'API keys have no session to end': {
    ru: 'У API-ключей нет сеанса, который можно завершить',
    ko: 'API 키에는 종료할 세션이 없습니다',
    zh: 'API 密钥没有可结束的会话',
  },
  'Log in to continue': {
    ru: 'Войдите, чтобы продолжить',
    ko: '계속하려면 로그인하세요',
    zh: '请登录后继续',
  },
  'The API key is not valid or has been revoked': {
    ru: 'API-ключ недействителен или отозван',
    ko: 'API 키가 유효하지 않거나 폐기되었습니다',
    zh: 'API 密钥无效或已被吊销',
  },
  'The Authorization header must be "Bearer <API key>"': {
    ru: 'Заголовок Authorization должен иметь вид "Bearer <API key>"',
    ko: 'Authorization 헤더는 "Bearer <API key>" 형식이어야 합니다',
    zh: 'Authorization 标头必须为 "Bearer <API key>"',
  },
  '{0} ({1})': {
    ru: '{0} ({1})',
    ko: '{0} ({1})',
    zh: '{0} ({1})',
  },
  'Writes with a session cookie must come from Tend itself, not another site': {
    ru: 'Изменения с cookie сеанса должны приходить из самого Tend, а не с другого сайта',
    ko: '세션 쿠키를 사용한 변경 요청은 다른 사이트가 아닌 Tend에서 와야 합니다',
    zh: '使用会话 Cookie 的写入请求必须来自 Tend 本身，而不是其他网站',
  },
  'Missing or wrong {0} header; reload the page and try again': {
    ru: 'Заголовок {0} отсутствует или неверен; перезагрузите страницу и повторите попытку',
    ko: '{0} 헤더가 없거나 잘못되었습니다. 페이지를 새로고침한 후 다시 시도하세요',
    zh: '{0} 标头缺失或错误，请刷新页面后重试',
  },
  'Only a logged-in user can change a password': {
    ru: 'Сменить пароль может только пользователь, который вошёл в систему',
    ko: '로그인한 사용자만 비밀번호를 변경할 수 있습니다',
    zh: '只有已登录的用户才能更改密码',
  },
  'The current password is incorrect': {
    ru: 'Текущий пароль неверен',
    ko: '현재 비밀번호가 올바르지 않습니다',
    zh: '当前密码不正确',
  },
  'Only a person signed in as an admin can do this; API keys cannot': {
    ru: 'Это может сделать только человек, вошедший как администратор; API-ключам это недоступно',
    ko: '관리자로 로그인한 사람만 할 수 있습니다. API 키로는 할 수 없습니다',
    zh: '只有以管理员身份登录的人员才能执行此操作，API 密钥不能',
  },
  'Enter your current password to confirm': {
    ru: 'Введите текущий пароль для подтверждения',
    ko: '확인을 위해 현재 비밀번호를 입력하세요',
    zh: '请输入当前密码以确认',
  },
  'is required to confirm': {
    ru: 'обязателен для подтверждения',
    ko: '확인하려면 필요합니다',
    zh: '确认时必填',
  },
  'Tend does not send to internal addresses': {
    ru: 'Tend не отправляет сообщения на внутренние адреса',
    ko: 'Tend는 내부 주소로 보내지 않습니다',
    zh: 'Tend 不向内部地址发送消息',
  },
  'must not be an internal address': {
    ru: 'не должен быть внутренним адресом',
    ko: '내부 주소가 아니어야 합니다',
    zh: '不能是内部地址',
  },
  'The channel did not accept the message': {
    ru: 'Канал не принял сообщение',
    ko: '채널이 메시지를 받지 않았습니다',
    zh: '通道未接受该消息',
  },
  'Email or password is incorrect': {
    ru: 'Неверный email или пароль',
    ko: '이메일 또는 비밀번호가 올바르지 않습니다',
    zh: '邮箱或密码不正确',
  },
  'Too many failed logins; try again later': {
    ru: 'Слишком много неудачных попыток входа; повторите попытку позже',
    ko: '로그인 실패 횟수가 너무 많습니다. 나중에 다시 시도하세요',
    zh: '登录失败次数过多，请稍后再试',
  },
  'API keys have no session; use a browser session': {
    ru: 'У API-ключей нет сеанса; используйте сеанс браузера',
    ko: 'API 키에는 세션이 없습니다. 브라우저 세션을 사용하세요',
    zh: 'API 密钥没有会话，请使用浏览器会话',
  },
  'Only a logged-in user has a profile': {
    ru: 'Профиль есть только у пользователя, который вошёл в систему',
    ko: '로그인한 사용자만 프로필이 있습니다',
    zh: '只有已登录的用户才有个人资料',
  },
  'Tend needs at least one active admin; make another user admin first': {
    ru: 'В Tend нужен хотя бы один активный администратор; сначала сделайте администратором другого пользователя',
    ko: 'Tend에는 활성 관리자가 한 명 이상 있어야 합니다. 먼저 다른 사용자를 관리자로 지정하세요',
    zh: 'Tend 至少需要一名活跃的管理员，请先将其他用户设为管理员',
  },
  'No such playbook': {
    ru: 'Такого плейбука нет',
    ko: '해당 플레이북이 없습니다',
    zh: '不存在此行动手册',
  },
  'A contact is not on this account': {
    ru: 'Один из контактов не относится к этому аккаунту',
    ko: '이 계정에 속하지 않은 연락처가 있습니다',
    zh: '有联系人不属于此客户',
  },
  'An outcome is only for a closed CTA': {
    ru: 'Результат указывается только для закрытого CTA',
    ko: '결과는 종료된 CTA에만 지정할 수 있습니다',
    zh: '只有已关闭的 CTA 才能设置结果',
  },
  'Closing a CTA needs an outcome': {
    ru: 'Чтобы закрыть CTA, укажите результат',
    ko: 'CTA를 종료하려면 결과가 필요합니다',
    zh: '关闭 CTA 需要提供结果',
  },
  'The default scorecard cannot be deleted; make another one the default first': {
    ru: 'Скоркард по умолчанию нельзя удалить; сначала назначьте по умолчанию другой скоркард',
    ko: '기본 스코어카드는 삭제할 수 없습니다. 먼저 다른 스코어카드를 기본으로 지정하세요',
    zh: '无法删除默认评分卡，请先将另一个评分卡设为默认',
  },
  'Make another scorecard the default before this one stops being it': {
    ru: 'Прежде чем снять с этого скоркарда статус по умолчанию, назначьте по умолчанию другой',
    ko: '이 스코어카드의 기본 지정을 해제하기 전에 다른 스코어카드를 기본으로 지정하세요',
    zh: '请先将另一个评分卡设为默认，再取消此评分卡的默认设置',
  },
  'The requisition is {0}; candidates join open requisitions only': {
    ru: 'Статус вакансии — «{0}»; кандидатов можно добавлять только в открытые вакансии',
    ko: '채용 요청이 {0} 상태입니다. 후보자는 모집 중인 채용 요청에만 추가할 수 있습니다',
    zh: '招聘需求状态为“{0}”，只能向招聘中的招聘需求添加候选人',
  },
  'You have already evaluated this candidate for this stage': {
    ru: 'Вы уже оценили этого кандидата на этом этапе',
    ko: '이 단계에서 이미 이 후보자를 평가했습니다',
    zh: '您已在此阶段评估过该候选人',
  },
  'The candidate is {0}; evaluations are closed': {
    ru: 'Статус кандидата — «{0}»; оценки больше не принимаются',
    ko: '후보자가 {0} 상태입니다. 평가가 마감되었습니다',
    zh: '候选人状态为“{0}”，评估已关闭',
  },
  'Unknown competency: {0}; the scorecard has {1}': {
    ru: 'Неизвестная компетенция: {0}; компетенции скоркарда: {1}',
    ko: '알 수 없는 역량: {0}. 스코어카드의 역량: {1}',
    zh: '未知能力项：{0}；评分卡的能力项：{1}',
  },
  'Unknown interview stage: {0}': {
    ru: 'Неизвестный этап собеседования: {0}',
    ko: '알 수 없는 면접 단계: {0}',
    zh: '未知面试阶段：{0}',
  },
  'The candidate is {0}': {
    ru: 'Статус кандидата — «{0}»',
    ko: '후보자가 {0} 상태입니다',
    zh: '候选人状态为“{0}”',
  },
  'The requisition is {0}; nobody can be hired into it': {
    ru: 'Статус вакансии — «{0}»; нанять на неё никого нельзя',
    ko: '채용 요청이 {0} 상태입니다. 이 채용 요청으로는 채용할 수 없습니다',
    zh: '招聘需求状态为“{0}”，无法通过它录用任何人',
  },
  'The requisition is {0}; offers are made on open requisitions only': {
    ru: 'Статус вакансии — «{0}»; офферы можно делать только по открытым вакансиям',
    ko: '채용 요청이 {0} 상태입니다. 오퍼는 모집 중인 채용 요청에서만 제안할 수 있습니다',
    zh: '招聘需求状态为“{0}”，只能针对招聘中的招聘需求发放录用通知',
  },
  'A hired candidate has left the pipeline': {
    ru: 'Нанятый кандидат уже выбыл из воронки найма',
    ko: '채용된 후보자는 이미 채용 파이프라인을 벗어났습니다',
    zh: '已录用的候选人已离开招聘流程',
  },
  'Only the hiring team of this requisition may do this': {
    ru: 'Это может делать только команда найма этой вакансии',
    ko: '이 채용 요청의 채용 팀만 이 작업을 할 수 있습니다',
    zh: '只有此招聘需求的招聘团队可以执行此操作',
  },
  'A filled requisition cannot change': {
    ru: 'Укомплектованную вакансию нельзя изменить',
    ko: '충원 완료된 채용 요청은 변경할 수 없습니다',
    zh: '已招满的招聘需求无法更改',
  },
  'The line is not valid JSON': {
    ru: 'Строка не является корректным JSON',
    ko: '이 줄은 올바른 JSON이 아닙니다',
    zh: '该行不是有效的 JSON',
  },
  'Send the write key as the Basic-auth user name (Segment style) or as a Bearer token': {
    ru: 'Передайте ключ записи как имя пользователя Basic-auth (как в Segment) или как Bearer-токен',
    ko: '쓰기 키를 Basic-auth 사용자 이름(Segment 방식) 또는 Bearer 토큰으로 보내세요',
    zh: '请将写入密钥作为 Basic-auth 用户名（Segment 方式）或 Bearer 令牌发送',
  },
  'The write key is not valid or has been revoked': {
    ru: 'Ключ записи недействителен или отозван',
    ko: '쓰기 키가 유효하지 않거나 폐기되었습니다',
    zh: '写入密钥无效或已被吊销',
  },
  'This API key lacks the ingest scope': {
    ru: 'У этого API-ключа нет области доступа ingest',
    ko: '이 API 키에는 ingest 범위가 없습니다',
    zh: '此 API 密钥缺少 ingest 权限范围',
  },
  'Ingest is busy; retry after a second': {
    ru: 'Приём данных перегружен; повторите попытку через секунду',
    ko: '데이터 수집이 혼잡합니다. 1초 후에 다시 시도하세요',
    zh: '数据接收繁忙，请一秒后重试',
  },
  'A message must be a JSON object': {
    ru: 'Сообщение должно быть объектом JSON',
    ko: '메시지는 JSON 객체여야 합니다',
    zh: '消息必须是 JSON 对象',
  },
  'The message is {0} bytes; the limit is {1}': {
    ru: 'Размер сообщения — {0} байт; ограничение — {1}',
    ko: '메시지 크기가 {0}바이트입니다. 한도는 {1}바이트입니다',
    zh: '消息大小为 {0} 字节，上限为 {1} 字节',
  },
  'The body is not valid JSON': {
    ru: 'Тело запроса не является корректным JSON',
    ko: '본문이 올바른 JSON이 아닙니다',
    zh: '正文不是有效的 JSON',
  },
  'The body is not valid gzip': {
    ru: 'Тело запроса не является корректными данными gzip',
    ko: '본문이 올바른 gzip 데이터가 아닙니다',
    zh: '正文不是有效的 gzip 数据',
  },
  'Content-Encoding {0} is not supported; use gzip or none': {
    ru: 'Content-Encoding {0} не поддерживается; используйте gzip или отправляйте без сжатия',
    ko: 'Content-Encoding {0}은(는) 지원되지 않습니다. gzip을 사용하거나 압축하지 마세요',
    zh: '不支持 Content-Encoding {0}，请使用 gzip 或不压缩',
  },
  'The body is larger than {0} KB': {
    ru: 'Тело запроса больше {0} КБ',
    ko: '본문이 {0} KB를 초과합니다',
    zh: '正文超过 {0} KB',
  },
  'The body must be a batch: {"batch": [message, …]}': {
    ru: 'Тело должно быть пакетом: {"batch": [message, …]}',
    ko: '본문은 배치 형식이어야 합니다: {"batch": [message, …]}',
    zh: '正文必须是批量格式：{"batch": [message, …]}',
  },
  'Only a failed delivery can be sent again': {
    ru: 'Повторно отправить можно только неудавшуюся доставку',
    ko: '실패한 전송만 다시 보낼 수 있습니다',
    zh: '只有失败的投递才能重新发送',
  },
  'Notification settings belong to a user': {
    ru: 'Настройки уведомлений есть только у пользователя',
    ko: '알림 설정은 사용자에게 속합니다',
    zh: '通知设置属于用户',
  },
  'The company currency has no rate to itself': {
    ru: 'У валюты компании нет курса к самой себе',
    ko: '회사 통화에는 자기 자신에 대한 환율이 없습니다',
    zh: '公司货币没有对自身的汇率',
  },
  'A lost opportunity needs a reason code': {
    ru: 'Для проигранной сделки нужен код причины',
    ko: '실패한 영업 기회에는 사유 코드가 필요합니다',
    zh: '已丢失的商机需要填写原因代码',
  },
  'Unknown reason code': {
    ru: 'Неизвестный код причины',
    ko: '알 수 없는 사유 코드입니다',
    zh: '未知的原因代码',
  },
  'The rule is not valid': {
    ru: 'Правило некорректно',
    ko: '규칙이 올바르지 않습니다',
    zh: '规则无效',
  },
  'The sentiment would already have expired': {
    ru: 'Оценка настроения уже была бы просрочена',
    ko: '이 감정 평가는 이미 만료된 상태가 됩니다',
    zh: '该情绪评估届时已过期',
  },
  'The contact is not on this account': {
    ru: 'Контакт не относится к этому аккаунту',
    ko: '연락처가 이 계정에 속하지 않습니다',
    zh: '该联系人不属于此客户',
  },
  'Account {0} not found': {
    ru: 'Аккаунт {0} не найден',
    ko: '계정 {0}을(를) 찾을 수 없습니다',
    zh: '未找到客户 {0}',
  },
  'This spell has already ended': {
    ru: 'Этот период работы уже завершён',
    ko: '이 재직 기간은 이미 종료되었습니다',
    zh: '此任职期已结束',
  },
  'end_date must not be before the start date': {
    ru: 'end_date не может быть раньше даты начала',
    ko: 'end_date는 시작일보다 이전일 수 없습니다',
    zh: 'end_date 不能早于开始日期',
  },
  'exit_reason is not one of the configured reasons for this kind': {
    ru: 'exit_reason не входит в список причин, настроенных для этого типа',
    ko: 'exit_reason이 이 유형에 대해 설정된 사유가 아닙니다',
    zh: 'exit_reason 不是为此类型配置的原因之一',
  },
  'from must not be after to': {
    ru: 'from не может быть позже to',
    ko: 'from은 to보다 이후일 수 없습니다',
    zh: 'from 不能晚于 to',
  },
  'A former member cannot be promoted': {
    ru: 'Бывшего сотрудника нельзя повысить',
    ko: '퇴사한 팀원은 승진시킬 수 없습니다',
    zh: '前团队成员无法晋升',
  },
  'effective_on must not be before the start date': {
    ru: 'effective_on не может быть раньше даты начала',
    ko: 'effective_on은 시작일보다 이전일 수 없습니다',
    zh: 'effective_on 不能早于开始日期',
  },
  'Only current team members answer the career-growth pulse': {
    ru: 'Пульс-опрос о карьерном росте проходят только текущие сотрудники команды',
    ko: '현재 팀원만 경력 성장 펄스 설문에 응답할 수 있습니다',
    zh: '只有现任团队成员才能回答职业发展脉搏调查',
  },
  'You have already answered the pulse for {0}': {
    ru: 'Вы уже прошли пульс-опрос за {0}',
    ko: '{0} 펄스 설문에 이미 응답했습니다',
    zh: '您已回答过 {0} 的脉搏调查',
  },
  'This user is already a current team member': {
    ru: 'Этот пользователь уже является сотрудником команды',
    ko: '이 사용자는 이미 현재 팀원입니다',
    zh: '该用户已是现任团队成员',
  },
  'This API key lacks the scope': {
    ru: 'У этого API-ключа нет нужной области доступа',
    ko: '이 API 키에는 필요한 범위가 없습니다',
    zh: '此 API 密钥缺少所需的权限范围',
  },
  'Your role does not allow this': {
    ru: 'Ваша роль этого не позволяет',
    ko: '현재 역할로는 이 작업을 할 수 없습니다',
    zh: '您的角色不允许执行此操作',
  },
  '{0} or {1}': {
    ru: '{0} или {1}',
    ko: '{0} 또는 {1}',
    zh: '{0} 或 {1}',
  },
  'An account with this external_id already exists': {
    ru: 'Аккаунт с таким external_id уже существует',
    ko: '이 external_id를 가진 계정이 이미 있습니다',
    zh: '已存在使用此 external_id 的客户',
  },
  'A user with this email already exists': {
    ru: 'Пользователь с таким email уже существует',
    ko: '이 이메일을 사용하는 사용자가 이미 있습니다',
    zh: '已存在使用此邮箱的用户',
  },
  'This account already has a contact with this email': {
    ru: 'У этого аккаунта уже есть контакт с таким email',
    ko: '이 계정에 이 이메일을 사용하는 연락처가 이미 있습니다',
    zh: '此客户已有使用此邮箱的联系人',
  },
  'This user already has this role on the account team': {
    ru: 'У этого пользователя уже есть эта роль в команде аккаунта',
    ko: '이 사용자는 이미 계정 팀에서 이 역할을 맡고 있습니다',
    zh: '该用户已在客户团队中担任此角色',
  },
  'The record conflicts with an existing one': {
    ru: 'Запись конфликтует с существующей',
    ko: '레코드가 기존 레코드와 충돌합니다',
    zh: '该记录与现有记录冲突',
  },
  'A referenced record does not exist': {
    ru: 'Запись, на которую указывает ссылка, не существует',
    ko: '참조된 레코드가 존재하지 않습니다',
    zh: '引用的记录不存在',
  },
  'Invalid value for {0}': {
    ru: 'Недопустимое значение для {0}',
    ko: '{0}의 값이 올바르지 않습니다',
    zh: '{0} 的值无效',
  },
  'Invalid value': {
    ru: 'Недопустимое значение',
    ko: '값이 올바르지 않습니다',
    zh: '值无效',
  },
  'Something went wrong on our side; the error was logged': {
    ru: 'На нашей стороне что-то пошло не так; ошибка записана в журнал',
    ko: '서버에서 문제가 발생했습니다. 오류가 기록되었습니다',
    zh: '我们这边出了问题，错误已记录',
  },
  'Request failed': {
    ru: 'Запрос не выполнен',
    ko: '요청이 실패했습니다',
    zh: '请求失败',
  },
  'invalid cursor': {
    ru: 'недействительный курсор',
    ko: '올바르지 않은 커서입니다',
    zh: '游标无效',
  },
  'would create a cycle': {
    ru: 'создаст цикл',
    ko: '순환 참조가 생깁니다',
    zh: '会形成循环',
  },
  'incorrect password': {
    ru: 'неверный пароль',
    ko: '비밀번호가 올바르지 않습니다',
    zh: '密码不正确',
  },
  'must not be before start_date': {
    ru: 'не может быть раньше start_date',
    ko: 'start_date보다 이전일 수 없습니다',
    zh: '不能早于 start_date',
  },
  'does not exist': {
    ru: 'не существует',
    ko: '존재하지 않습니다',
    zh: '不存在',
  },
  'is not valid': {
    ru: 'недопустимое значение',
    ko: '올바르지 않습니다',
    zh: '无效',
  },
  'must be contacts of this account': {
    ru: 'должны быть контактами этого аккаунта',
    ko: '이 계정의 연락처여야 합니다',
    zh: '必须是此客户的联系人',
  },
  'is required to close': {
    ru: 'обязательно для закрытия',
    ko: '종료하려면 필요합니다',
    zh: '关闭时必填',
  },
  'set status to closed with it': {
    ru: 'задаётся только вместе со статусом «закрыт»',
    ko: '상태도 함께 종료로 설정하세요',
    zh: '需同时将状态设为已关闭',
  },
  'one scorecard must stay the default': {
    ru: 'один скоркард должен оставаться скоркардом по умолчанию',
    ko: '스코어카드 하나는 기본으로 유지되어야 합니다',
    zh: '必须保留一个默认评分卡',
  },
  'is not a competency of this requisition': {
    ru: 'не является компетенцией этой вакансии',
    ko: '이 채용 요청의 역량이 아닙니다',
    zh: '不是此招聘需求的能力项',
  },
  'is not a stage of this requisition': {
    ru: 'не является этапом этой вакансии',
    ko: '이 채용 요청의 단계가 아닙니다',
    zh: '不是此招聘需求的阶段',
  },
  'must not be before accepted_on': {
    ru: 'не может быть раньше accepted_on',
    ko: 'accepted_on보다 이전일 수 없습니다',
    zh: '不能早于 accepted_on',
  },
  'must not be before {0}': {
    ru: 'не может быть раньше {0}',
    ko: '{0}보다 이전일 수 없습니다',
    zh: '不能早于 {0}',
  },
  'must be a team member': {
    ru: 'должен быть сотрудником команды',
    ko: '팀원이어야 합니다',
    zh: '必须是团队成员',
  },
  'must be an active user': {
    ru: 'должен быть активным пользователем',
    ko: '활성 사용자여야 합니다',
    zh: '必须是活跃用户',
  },
  'names a question that does not exist': {
    ru: 'ссылается на несуществующий вопрос',
    ko: '존재하지 않는 질문을 지정합니다',
    zh: '引用了不存在的问题',
  },
  'has {0}, not an active user': {
    ru: 'содержит {0}, но это не активный пользователь',
    ko: '활성 사용자가 아닌 {0}이(가) 포함되어 있습니다',
    zh: '包含 {0}，但其不是活跃用户',
  },
  'has the key {0} twice': {
    ru: 'ключ {0} указан дважды',
    ko: '키 {0}이(가) 두 번 있습니다',
    zh: '键 {0} 出现了两次',
  },
  'userId or anonymousId is required': {
    ru: 'требуется userId или anonymousId',
    ko: 'userId 또는 anonymousId가 필요합니다',
    zh: '必须提供 userId 或 anonymousId',
  },
  'type must be one of {0}': {
    ru: 'type должен быть одним из: {0}',
    ko: 'type은 다음 중 하나여야 합니다: {0}',
    zh: 'type 必须是以下之一：{0}',
  },
  'must differ from the company currency': {
    ru: 'должно отличаться от валюты компании',
    ko: '회사 통화와 달라야 합니다',
    zh: '必须与公司货币不同',
  },
  'is required when the stage is lost': {
    ru: 'обязательно, если сделка проиграна',
    ko: '단계가 실패일 때 필수입니다',
    zh: '阶段为“已丢失”时必填',
  },
  'must be one of: {0}': {
    ru: 'должно быть одним из: {0}',
    ko: '다음 중 하나여야 합니다: {0}',
    zh: '必须是以下之一：{0}',
  },
  'groups nest at most 5 deep': {
    ru: 'группы могут быть вложены не глубже 5 уровней',
    ko: '그룹은 최대 5단계까지 중첩할 수 있습니다',
    zh: '分组最多嵌套 5 层',
  },
  'needs a value': {
    ru: 'нужно значение',
    ko: '값이 필요합니다',
    zh: '需要填写值',
  },
  '{0} cannot be set by a rule': {
    ru: '{0} нельзя задать правилом',
    ko: '{0}은(는) 규칙으로 설정할 수 없습니다',
    zh: '{0} 不能由规则设置',
  },
  'is not a valid cron expression: {0}': {
    ru: 'некорректное cron-выражение: {0}',
    ko: '올바른 cron 표현식이 아닙니다: {0}',
    zh: '不是有效的 cron 表达式：{0}',
  },
  'unknown field {0}': {
    ru: 'неизвестное поле {0}',
    ko: '알 수 없는 필드 {0}',
    zh: '未知字段 {0}',
  },
  'must be in the future': {
    ru: 'должно быть в будущем',
    ko: '미래 날짜여야 합니다',
    zh: '必须是将来的时间',
  },
  'no contact of this account has this id': {
    ru: 'у этого аккаунта нет контакта с таким идентификатором',
    ko: '이 계정에 이 ID를 가진 연락처가 없습니다',
    zh: '此客户没有此 ID 对应的联系人',
  },
  'must be a configured {0} reason': {
    ru: 'должно быть настроенной причиной для типа {0}',
    ko: '설정된 {0} 사유여야 합니다',
    zh: '必须是已配置的 {0} 原因',
  },
  'must not be after to': {
    ru: 'не может быть позже to',
    ko: 'to보다 이후일 수 없습니다',
    zh: '不能晚于 to',
  },
  'is already on the team': {
    ru: 'уже в команде',
    ko: '이미 팀에 있습니다',
    zh: '已在团队中',
  },
  'must be a current team member': {
    ru: 'должен быть текущим сотрудником команды',
    ko: '현재 팀원이어야 합니다',
    zh: '必须是现任团队成员',
  },
  'must not be the member themselves': {
    ru: 'не может быть самим сотрудником',
    ko: '팀원 본인일 수 없습니다',
    zh: '不能是该成员本人',
  },
  'at most 100 custom fields': {
    ru: 'не более 100 настраиваемых полей',
    ko: '사용자 정의 필드는 최대 100개입니다',
    zh: '最多 100 个自定义字段',
  },
  'end_date must not be before start_date': {
    ru: 'end_date не может быть раньше start_date',
    ko: 'end_date는 start_date보다 이전일 수 없습니다',
    zh: 'end_date 不能早于 start_date',
  },
  'query is too large': {
    ru: 'запрос слишком большой',
    ko: '쿼리가 너무 큽니다',
    zh: '查询过大',
  },
  'must not contain the NUL character': {
    ru: 'не должно содержать символ NUL',
    ko: 'NUL 문자를 포함할 수 없습니다',
    zh: '不能包含 NUL 字符',
  },
  'a snoozed CTA needs snoozed_until': {
    ru: 'для отложенного CTA нужно указать snoozed_until',
    ko: '스누즈된 CTA에는 snoozed_until이 필요합니다',
    zh: '已延后的 CTA 需要设置 snoozed_until',
  },
  'closing a CTA needs an outcome': {
    ru: 'для закрытия CTA нужен результат',
    ko: 'CTA를 종료하려면 결과가 필요합니다',
    zh: '关闭 CTA 需要提供结果',
  },
  'a choice is listed twice': {
    ru: 'вариант указан дважды',
    ko: '선택지가 중복되어 있습니다',
    zh: '有选项重复列出',
  },
  'band scores must only rise or only fall from one band to the next': {
    ru: 'баллы от диапазона к диапазону должны только расти или только убывать',
    ko: '구간 점수는 구간마다 계속 증가하거나 계속 감소해야 합니다',
    zh: '各区间的分数必须逐个递增或逐个递减',
  },
  'color bands must end at 100': {
    ru: 'цветовые диапазоны должны заканчиваться на 100',
    ko: '색상 구간은 100에서 끝나야 합니다',
    zh: '颜色区间必须以 100 结束',
  },
  'color bands must start at 0': {
    ru: 'цветовые диапазоны должны начинаться с 0',
    ko: '색상 구간은 0에서 시작해야 합니다',
    zh: '颜色区间必须从 0 开始',
  },
  'each color may have one band': {
    ru: 'у каждого цвета может быть только один диапазон',
    ko: '색상마다 구간은 하나만 둘 수 있습니다',
    zh: '每种颜色只能有一个区间',
  },
  'from and to must differ': {
    ru: 'from и to должны различаться',
    ko: 'from과 to는 달라야 합니다',
    zh: 'from 和 to 必须不同',
  },
  'nothing to change': {
    ru: 'нечего изменять',
    ko: '변경할 내용이 없습니다',
    zh: '没有需要更改的内容',
  },
  'the first band must have no min': {
    ru: 'у первого диапазона не должно быть min',
    ko: '첫 번째 구간에는 min이 없어야 합니다',
    zh: '第一个区间不能有 min',
  },
  'the last band must have no max': {
    ru: 'у последнего диапазона не должно быть max',
    ko: '마지막 구간에는 max가 없어야 합니다',
    zh: '最后一个区间不能有 max',
  },
  '{0}: min must not be above max': {
    ru: '{0}: min не может быть больше max',
    ko: '{0}: min은 max보다 클 수 없습니다',
    zh: '{0}：min 不能大于 max',
  },
  '{0} and {1} bands overlap': {
    ru: 'диапазоны «{0}» и «{1}» пересекаются',
    ko: '{0} 구간과 {1} 구간이 겹칩니다',
    zh: '{0}区间与{1}区间重叠',
  },
  '{0} scores are {1} to {2}': {
    ru: 'баллы {0} — от {1} до {2}',
    ko: '{0} 점수는 {1}~{2}입니다',
    zh: '{0} 分数范围为 {1} 到 {2}',
  },
  'band {0}: min must be below max': {
    ru: 'диапазон {0}: min должен быть меньше max',
    ko: '구간 {0}: min은 max보다 작아야 합니다',
    zh: '区间 {0}：min 必须小于 max',
  },
  'bands {0} and {1} overlap': {
    ru: 'диапазоны {0} и {1} пересекаются',
    ko: '구간 {0}과(와) 구간 {1}이(가) 겹칩니다',
    zh: '区间 {0} 和 {1} 重叠',
  },
  'gap between bands {0} and {1} ({2} to {3})': {
    ru: 'пропуск между диапазонами {0} и {1} (от {2} до {3})',
    ko: '구간 {0}과(와) 구간 {1} 사이에 빈 범위가 있습니다({2}~{3})',
    zh: '区间 {0} 和 {1} 之间有空缺（{2} 到 {3}）',
  },
  'key "{0}" is used twice': {
    ru: 'ключ «{0}» используется дважды',
    ko: '키 "{0}"이(가) 두 번 사용되었습니다',
    zh: '键“{0}”被使用了两次',
  },
  'scores {0}-{1} have no color': {
    ru: 'у баллов {0}-{1} нет цвета',
    ko: '{0}-{1}점에는 색상이 지정되지 않았습니다',
    zh: '分数 {0}-{1} 没有对应的颜色',
  },
  'weights must add up to 100 (they add up to {0})': {
    ru: 'сумма весов должна быть равна 100 (сейчас {0})',
    ko: '가중치의 합은 100이어야 합니다(현재 합계: {0})',
    zh: '权重之和必须为 100（当前为 {0}）',
  },
  'this source gives a choice, so score it by choice': {
    ru: 'этот источник даёт выбор из вариантов, поэтому оценивайте его по вариантам',
    ko: '이 소스는 선택지를 제공하므로 선택지별로 점수를 매기세요',
    zh: '此来源提供选项，请按选项评分',
  },
  'this source gives a number, so score it by linear range or bands': {
    ru: 'этот источник даёт число, поэтому оценивайте его по линейной шкале или диапазонам',
    ko: '이 소스는 숫자를 제공하므로 선형 범위나 구간으로 점수를 매기세요',
    zh: '此来源提供数值，请按线性范围或区间评分',
  },
  'score at least one competency': {
    ru: 'оцените хотя бы одну компетенцию',
    ko: '역량을 하나 이상 평가하세요',
    zh: '请至少评估一项能力',
  },
  'must not be before from': {
    ru: 'не может быть раньше from',
    ko: 'from보다 이전일 수 없습니다',
    zh: '不能早于 from',
  },
  'the period may span at most ten years': {
    ru: 'период не может превышать десять лет',
    ko: '기간은 최대 10년까지 설정할 수 있습니다',
    zh: '时间段最长为十年',
  },
  'is used by another reason': {
    ru: 'уже используется другой причиной',
    ko: '다른 사유에서 이미 사용 중입니다',
    zh: '已被其他原因使用',
  },
  'must be between {0} and {1}': {
    ru: 'должно быть от {0} до {1}',
    ko: '{0}에서 {1} 사이여야 합니다',
    zh: '必须介于 {0} 和 {1} 之间',
  },
  'request body': {
    ru: 'Тело запроса',
    ko: '요청 본문',
    zh: '请求正文',
  },
  query: {
    ru: 'Содержимое строки запроса',
    ko: '쿼리 문자열',
    zh: '查询参数',
  },
  none: {
    ru: 'нет',
    ko: '없음',
    zh: '无',
  },
  Account: {
    ru: 'Аккаунт',
    ko: '계정',
    zh: '客户',
  },
  'Active API key': {
    ru: 'Активный API-ключ',
    ko: '활성 API 키',
    zh: '有效的 API 密钥',
  },
  CTA: {
    ru: 'CTA',
    ko: 'CTA',
    zh: 'CTA',
  },
  Candidate: {
    ru: 'Кандидат',
    ko: '후보자',
    zh: '候选人',
  },
  Channel: {
    ru: 'Канал',
    ko: '채널',
    zh: '渠道',
  },
  Contact: {
    ru: 'Контакт',
    ko: '연락처',
    zh: '联系人',
  },
  Contract: {
    ru: 'Договор',
    ko: '계약',
    zh: '合同',
  },
  Delivery: {
    ru: 'Доставка',
    ko: '전송',
    zh: '投递',
  },
  'Exchange rate': {
    ru: 'Курс валюты',
    ko: '환율',
    zh: '汇率',
  },
  'Failed job': {
    ru: 'Неудавшееся задание',
    ko: '실패한 백그라운드 작업',
    zh: '失败的作业',
  },
  'Health alert': {
    ru: 'Оповещение о здоровье аккаунта',
    ko: '헬스 알림',
    zh: '健康度警报',
  },
  'Health run': {
    ru: 'Расчёт здоровья',
    ko: '헬스 계산 실행',
    zh: '健康度计算任务',
  },
  Opportunity: {
    ru: 'Сделка',
    ko: '영업 기회',
    zh: '商机',
  },
  Requisition: {
    ru: 'Вакансия',
    ko: '채용 요청',
    zh: '招聘需求',
  },
  Rule: {
    ru: 'Правило',
    ko: '규칙',
    zh: '规则',
  },
  'Saved view': {
    ru: 'Сохранённое представление',
    ko: '저장된 보기',
    zh: '已保存视图',
  },
  Scorecard: {
    ru: 'Скоркард',
    ko: '스코어카드',
    zh: '评分卡',
  },
  Task: {
    ru: 'Задача',
    ko: '작업',
    zh: '任务',
  },
  'Team member': {
    ru: 'Сотрудник команды',
    ko: '팀원',
    zh: '团队成员',
  },
  Ticket: {
    ru: 'Тикет',
    ko: '티켓',
    zh: '工单',
  },
  User: {
    ru: 'Пользователь',
    ko: '사용자',
    zh: '用户',
  },
  open: {
    ru: 'открыта',
    ko: '모집 중',
    zh: '招聘中',
  },
  on_hold: {
    ru: 'приостановлена',
    ko: '보류',
    zh: '已暂停',
  },
  filled: {
    ru: 'укомплектована',
    ko: '충원 완료',
    zh: '已招满',
  },
  closed: {
    ru: 'закрыта',
    ko: '마감',
    zh: '已关闭',
  },
  applied: {
    ru: 'отклик',
    ko: '지원',
    zh: '已申请',
  },
  screen: {
    ru: 'скрининг',
    ko: '스크리닝',
    zh: '筛选',
  },
  interview: {
    ru: 'собеседование',
    ko: '면접',
    zh: '面试',
  },
  references: {
    ru: 'проверка рекомендаций',
    ko: '평판 조회',
    zh: '背景调查',
  },
  offer: {
    ru: 'оффер',
    ko: '오퍼',
    zh: '录用通知',
  },
  hired: {
    ru: 'нанят',
    ko: '채용',
    zh: '已录用',
  },
  rejected: {
    ru: 'отклонён',
    ko: '불합격',
    zh: '已拒绝',
  },
  withdrawn: {
    ru: 'отказался',
    ko: '지원 철회',
    zh: '已撤回',
  },
  red: {
    ru: 'красный',
    ko: '빨강',
    zh: '红色',
  },
  yellow: {
    ru: 'жёлтый',
    ko: '노랑',
    zh: '黄色',
  },
  green: {
    ru: 'зелёный',
    ko: '초록',
    zh: '绿色',
  },
  'must not contain NUL': {
    ru: 'не должно содержать символ NUL',
    ko: 'NUL 문자를 포함할 수 없습니다',
    zh: '不能包含 NUL 字符',
  },
  "The batch's context: {0}": {
    ru: 'Контекст пакета: {0}',
    ko: '배치 컨텍스트: {0}',
    zh: '批次的上下文：{0}',
  },
  "The batch's context ({0} bytes) repeated in each of its {1} messages is over {2} MB; send a smaller batch or put the context in the messages":
    {
      ru: 'Контекст пакета ({0} байт), повторённый в каждом из его {1} сообщений, превышает {2} МБ; отправьте пакет поменьше или перенесите контекст в сообщения',
      ko: '메시지 {1}개마다 반복되는 배치 컨텍스트({0}바이트)가 {2}MB를 초과합니다. 더 작은 배치를 보내거나 컨텍스트를 메시지에 넣으세요',
      zh: '批次的上下文（{0} 字节）在其 {1} 条消息中重复后超过 {2} MB，请发送更小的批次或将上下文放入消息中',
    },
  'SMTP is not configured yet': {
    ru: 'SMTP ещё не настроен',
    ko: 'SMTP가 아직 설정되지 않았습니다',
    zh: '尚未配置 SMTP',
  },
  'must be snake_case, up to 63 characters': {
    ru: 'должно быть в snake_case, не длиннее 63 символов',
    ko: 'snake_case 형식, 63자 이하여야 합니다',
    zh: '必须为 snake_case 格式，最多 63 个字符',
  },
  'must be a snake_case filter name': {
    ru: 'должно быть именем фильтра в snake_case',
    ko: 'snake_case 형식의 필터 이름이어야 합니다',
    zh: '必须是 snake_case 格式的筛选名称',
  },
  'must be at least 10 characters': {
    ru: 'должно быть не короче 10 символов',
    ko: '10자 이상이어야 합니다',
    zh: '至少需要 10 个字符',
  },
  'choose at least one scope': {
    ru: 'выберите хотя бы одну область доступа',
    ko: '범위를 하나 이상 선택하세요',
    zh: '请至少选择一个权限范围',
  },
  'must not be empty': {
    ru: 'не может быть пустым',
    ko: '비워 둘 수 없습니다',
    zh: '不能为空',
  },
  'must be a three-letter ISO 4217 code such as USD': {
    ru: 'должно быть трёхбуквенным кодом ISO 4217, например USD',
    ko: 'USD와 같은 세 글자 ISO 4217 코드여야 합니다',
    zh: '必须是三个字母的 ISO 4217 代码，例如 USD',
  },
  'must be a custom field key in snake_case': {
    ru: 'должно быть ключом настраиваемого поля в snake_case',
    ko: 'snake_case 형식의 사용자 정의 필드 키여야 합니다',
    zh: '必须是 snake_case 格式的自定义字段键',
  },
  'must be snake_case, up to 40 characters': {
    ru: 'должно быть в snake_case, не длиннее 40 символов',
    ko: 'snake_case 형식, 40자 이하여야 합니다',
    zh: '必须为 snake_case 格式，最多 40 个字符',
  },
  'a scorecard needs at least one measure': {
    ru: 'в скоркарде должен быть хотя бы один показатель',
    ko: '스코어카드에는 측정 항목이 하나 이상 있어야 합니다',
    zh: '评分卡至少需要一个指标',
  },
  'say why': {
    ru: 'укажите причину',
    ko: '이유를 적어 주세요',
    zh: '请说明原因',
  },
  'must be at least 16 characters': {
    ru: 'должно быть не короче 16 символов',
    ko: '16자 이상이어야 합니다',
    zh: '至少需要 16 个字符',
  },
  'must look like 2026-Q4': {
    ru: 'должно иметь вид 2026-Q4',
    ko: '2026-Q4 형식이어야 합니다',
    zh: '格式必须类似 2026-Q4',
  },
  'a rule needs at least one action': {
    ru: 'в правиле должно быть хотя бы одно действие',
    ko: '규칙에는 작업이 하나 이상 있어야 합니다',
    zh: '规则至少需要一个操作',
  },
  'must be a quarter such as 2026-Q4': {
    ru: 'должно быть кварталом, например 2026-Q4',
    ko: '2026-Q4와 같은 분기여야 합니다',
    zh: '必须是季度，例如 2026-Q4',
  },
  'must be a three-letter currency code such as USD': {
    ru: 'должно быть трёхбуквенным кодом валюты, например USD',
    ko: 'USD와 같은 세 글자 통화 코드여야 합니다',
    zh: '必须是三个字母的货币代码，例如 USD',
  },
  'No API route {0} {1}': {
    ru: 'Нет маршрута API {0} {1}',
    ko: 'API 경로 {0} {1}이(가) 없습니다',
    zh: '没有 API 路由 {0} {1}',
  },
};
