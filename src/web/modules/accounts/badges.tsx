import { useTranslation } from 'react-i18next';
import type {
  ContactRole,
  ContractStatus,
  CoverageModel,
  LifecycleStage,
  TeamRole,
} from '../../../shared/accounts.ts';
import { Badge, type Tone } from '../../ui/badge.tsx';

const COVERAGE_TONES: Record<CoverageModel, Tone> = {
  dedicated: 'violet',
  pooled: 'blue',
  tech_touch: 'teal',
};

const LIFECYCLE_TONES: Record<LifecycleStage, Tone> = {
  onboarding: 'blue',
  adoption: 'teal',
  growth: 'green',
  renewal: 'amber',
  at_risk: 'red',
  churned: 'gray',
};

const CONTACT_ROLE_TONES: Record<ContactRole, Tone> = {
  decision_maker: 'violet',
  user: 'gray',
  it_admin: 'blue',
  champion: 'green',
  billing: 'amber',
  executive_sponsor: 'pink',
};

const TEAM_ROLE_TONES: Record<TeamRole, Tone> = {
  csm: 'accent',
  ae: 'blue',
  support: 'teal',
  exec_sponsor: 'violet',
};

const CONTRACT_STATUS_TONES: Record<ContractStatus, Tone> = {
  draft: 'gray',
  active: 'green',
  expired: 'amber',
  cancelled: 'red',
};

export function CoverageBadge({ model }: { model: CoverageModel }) {
  const { t } = useTranslation();
  return <Badge tone={COVERAGE_TONES[model]}>{t(`enums.coverageModels.${model}`)}</Badge>;
}

export function LifecycleBadge({ stage }: { stage: LifecycleStage }) {
  const { t } = useTranslation();
  return (
    <Badge tone={LIFECYCLE_TONES[stage]} dot>
      {t(`enums.lifecycleStages.${stage}`)}
    </Badge>
  );
}

export function ContactRoleBadge({ role }: { role: ContactRole }) {
  const { t } = useTranslation();
  return <Badge tone={CONTACT_ROLE_TONES[role]}>{t(`enums.contactRoles.${role}`)}</Badge>;
}

export function TeamRoleBadge({ role }: { role: TeamRole }) {
  const { t } = useTranslation();
  return <Badge tone={TEAM_ROLE_TONES[role]}>{t(`enums.teamRoles.${role}`)}</Badge>;
}

export function ContractStatusBadge({ status }: { status: ContractStatus }) {
  const { t } = useTranslation();
  return (
    <Badge tone={CONTRACT_STATUS_TONES[status]} dot>
      {t(`enums.contractStatuses.${status}`)}
    </Badge>
  );
}
