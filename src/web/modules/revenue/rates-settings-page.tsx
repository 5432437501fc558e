import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExchangeRate, RevenueSettings } from '../../../shared/revenue.ts';
import { describeError } from '../../lib/errors.ts';
import { formatDate } from '../../lib/format.ts';
import { QueryState } from '../../ui/query-state.tsx';
import { showToast } from '../../ui/toast.tsx';
import { SectionHeader } from '../settings/settings-layout.tsx';
import {
  useDeleteExchangeRate,
  useExchangeRates,
  useRevenueSettings,
  useSaveRevenueSettings,
  useSetExchangeRate,
} from './revenue-api.ts';
import './revenue.css';

/** Admin settings of revenue: company currency, renewal lead time, reason codes and exchange rates. */
export function RatesSettingsPage() {
  const { t } = useTranslation();
  const settings = useRevenueSettings();
  return (
    <section>
      <SectionHeader title={t('revenue.rates.title')} description={t('revenue.rates.description')} />
      <QueryState query={settings} skeletonRows={4}>
        {(data) => (
          <>
            <SettingsForm saved={data} />
            <RatesCard company={data.company_currency} />
          </>
        )}
      </QueryState>
    </section>
  );
}

function SettingsForm({ saved }: { saved: RevenueSettings }) {
  const { t } = useTranslation();
  const save = useSaveRevenueSettings();
  const [currency, setCurrency] = useState(saved.company_currency);
  const [days, setDays] = useState(String(saved.renewal_lead_days));
  const [reasons, setReasons] = useState(saved.reason_codes.join('\n'));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: RevenueSettings = {
      company_currency: currency.trim().toUpperCase(),
      renewal_lead_days: Number(days),
      reason_codes: reasons
        .split('\n')
        .map((r) => r.trim())
        .filter(Boolean),
    };
    save.mutate(next, {
      onSuccess: () => showToast(t('revenue.rates.settingsSaved'), 'success'),
      onError: (err) => showToast(describeError(err), 'error'),
    });
  };
  return (
    <form className="card form" onSubmit={submit} noValidate>
      <div className="form-grid rates-form">
        <label className="field">
          <span className="field-label">{t('revenue.rates.companyCurrency')}</span>
          <input
            className="input"
            value={currency}
            maxLength={3}
            onChange={(e) => setCurrency(e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field-label">{t('revenue.rates.leadDays')}</span>
          <input
            className="input"
            type="number"
            min={1}
            max={365}
            value={days}
            onChange={(e) => setDays(e.target.value)}
          />
        </label>
        <label className="field span-2">
          <span className="field-label">{t('revenue.rates.reasonCodes')}</span>
          <textarea
            className="input revenue-textarea"
            rows={6}
            value={reasons}
            onChange={(e) => setReasons(e.target.value)}
          />
        </label>
      </div>
      <div className="form-actions rates-form">
        <button className="button button-primary" type="submit" disabled={save.isPending}>
          {t('revenue.rates.saveSettings')}
        </button>
      </div>
    </form>
  );
}

function RatesCard({ company }: { company: string }) {
  const { t } = useTranslation();
  const rates = useExchangeRates();
  return (
    <div className="card card-flush">
      <AddRateForm company={company} />
      <QueryState
        query={rates}
        placement="card"
        skeletonRows={3}
        empty={{ title: t('revenue.rates.empty'), inline: true }}
      >
        {(list) => <RatesTable rates={list} company={company} />}
      </QueryState>
    </div>
  );
}

/** Adds a rate of one currency from a date on, in units of the company currency. */
function AddRateForm({ company }: { company: string }) {
  const { t } = useTranslation();
  const setRate = useSetExchangeRate();
  const [currency, setCurrency] = useState('');
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const [rate, setRateValue] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setRate.mutate(
      { currency: currency.trim().toUpperCase(), effective_date: date, rate: Number(rate) },
      {
        onSuccess: () => {
          showToast(t('revenue.rates.added'), 'success');
          setRate.reset();
          setRateValue('');
        },
        onError: (err) => showToast(describeError(err), 'error'),
      },
    );
  };
  return (
    <form className="rates-form" onSubmit={submit} noValidate>
      <label className="field">
        <span className="field-label">{t('revenue.rates.currency')}</span>
        <input
          className="input input-sm"
          value={currency}
          maxLength={3}
          placeholder="EUR"
          onChange={(e) => setCurrency(e.target.value)}
        />
      </label>
      <label className="field">
        <span className="field-label">{t('revenue.rates.effectiveDate')}</span>
        <input
          className="input input-sm"
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
      </label>
      <label className="field">
        <span className="field-label">{`${t('revenue.rates.rate')} (${company})`}</span>
        <input
          className="input input-sm"
          inputMode="decimal"
          value={rate}
          onChange={(e) => setRateValue(e.target.value)}
        />
      </label>
      <button
        className="button button-primary button-sm"
        type="submit"
        disabled={setRate.isPending || !currency || !rate}
      >
        {t('revenue.rates.add')}
      </button>
    </form>
  );
}

function RatesTable({ rates, company }: { rates: ExchangeRate[]; company: string }) {
  const { t, i18n } = useTranslation();
  const remove = useDeleteExchangeRate();
  return (
    <table className="table revenue-table">
      <thead>
        <tr>
          <th>{t('revenue.rates.currency')}</th>
          <th>{t('revenue.rates.effectiveDate')}</th>
          <th className="align-end">{`${t('revenue.rates.rate')} (${company})`}</th>
          <th className="align-end">{t('common.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {rates.map((r) => (
          <tr key={r.id}>
            <td>{r.currency}</td>
            <td>{formatDate(r.effective_date, i18n.language)}</td>
            <td className="numeric">
              {new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 8 }).format(r.rate)}
            </td>
            <td className="numeric">
              <button
                type="button"
                className="button button-sm button-danger-ghost"
                disabled={remove.isPending}
                onClick={() =>
                  remove.mutate(r.id, {
                    onSuccess: () => showToast(t('revenue.rates.deleted'), 'success'),
                  })
                }
              >
                {t('common.delete')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
