import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { QueryView } from '@/components/ui/query-view';
import { Section } from '@/components/ui/section';
import { StackedTable } from '@/components/ui/stacked-table';
import { useJobRuns, useJobs, type JobRun, type ScheduledJob } from '@/features/identity-access/api/get-jobs';
import { useTriggerJob } from '@/features/identity-access/api/trigger-job';
import { JobOutcomeBadge } from '@/features/identity-access/components/job-outcome-badge';
import { formatDateTime } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

/** "toutes les 15 min", "toutes les 5 s", or the cron expression when one is configured. */
function useSchedule() {
  const { t } = useTranslation();
  return (job: ScheduledJob) => {
    if (job.cron) return t('jobs.cron', { cron: job.cron });
    const seconds = job.intervalSeconds;
    if (seconds % 3600 === 0) return t('jobs.everyHours', { count: seconds / 3600 });
    if (seconds % 60 === 0) return t('jobs.everyMinutes', { count: seconds / 60 });
    return t('jobs.everySeconds', { count: seconds });
  };
}

/** "850 ms", "2,4 s". */
function useDuration() {
  const locale = useLocale();
  return (milliseconds: number) =>
    milliseconds < 1000
      ? `${milliseconds} ms`
      : `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(milliseconds / 1000)} s`;
}

/** When a run started, its outcome, how long it took, and why it failed. */
function RunSummary({ run }: { run: JobRun }) {
  const locale = useLocale();
  const duration = useDuration();
  return (
    <div>
      <span className="text-nowrap me-2">{formatDateTime(run.startedAt, locale)}</span>
      <JobOutcomeBadge outcome={run.outcome} />
      <span className="small text-body-secondary ms-2 text-nowrap">{duration(run.durationMs)}</span>
      {run.error && <div className="small text-danger text-break">{run.error}</div>}
    </div>
  );
}

/** One job's latest runs: when, how, where (which instance) and how it went. */
function JobRuns({ job }: { job: ScheduledJob }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const duration = useDuration();
  const runs = useJobRuns(job.name);
  return (
    <Section title={t('jobs.runsOf', { name: job.description })}>
      <QueryView query={runs}>
        {(items) => (
          <StackedTable
            items={items}
            rowKey={(run) => run.id}
            emptyMessage={t('jobs.noRuns')}
            columns={[
              { header: t('jobs.startedAt'), cell: (run) => formatDateTime(run.startedAt, locale) },
              { header: t('jobs.triggeredBy'), cell: (run) => t(`jobs.triggers.${run.triggeredBy}`) },
              { header: t('jobs.outcome'), cell: (run) => <JobOutcomeBadge outcome={run.outcome} /> },
              { header: t('jobs.duration'), cell: (run) => duration(run.durationMs), numeric: true },
              { header: t('jobs.instance'), cell: (run) => <span className="small text-break">{run.instanceId}</span> },
              { header: t('jobs.error'), cell: (run) => run.error && <span className="small text-danger">{run.error}</span> },
            ]}
          />
        )}
      </QueryView>
    </Section>
  );
}

/**
 * The scheduled jobs of the platform (every institution's): schedule, last run, next run, and « Lancer maintenant »
 * after a confirmation — the run happens once in the cluster, on whichever instance takes it. « Historique » shows a
 * job's latest runs below the table. On a phone each job stacks into a card.
 */
export function JobsList() {
  const { t } = useTranslation();
  const locale = useLocale();
  const schedule = useSchedule();
  const jobs = useJobs();
  const trigger = useTriggerJob();
  const [toTrigger, setToTrigger] = useState<ScheduledJob | null>(null);
  const [history, setHistory] = useState<ScheduledJob | null>(null);
  const [asked, setAsked] = useState<string | null>(null);

  const close = () => {
    setToTrigger(null);
    trigger.reset();
  };

  return (
    <>
      {asked && (
        <p className="alert alert-success" role="status">
          {t('jobs.triggered', { name: asked })}
        </p>
      )}
      <QueryView query={jobs}>
        {(items) => (
          <StackedTable
            items={items}
            rowKey={(job) => job.name}
            emptyMessage={t('jobs.empty')}
            columns={[
              {
                header: t('jobs.job'),
                cell: (job) => (
                  <>
                    <div className="fw-semibold">{job.description}</div>
                    <code className="small">{job.name}</code>
                  </>
                ),
              },
              { header: t('jobs.schedule'), cell: schedule },
              {
                header: t('jobs.lastRun'),
                cell: (job) => (job.lastRun ? <RunSummary run={job.lastRun} /> : t('jobs.never')),
              },
              {
                header: t('jobs.nextRun'),
                cell: (job) =>
                  job.paused ? t('jobs.paused') : job.nextRunAt ? formatDateTime(job.nextRunAt, locale) : '—',
              },
            ]}
            actions={(job) => (
              <div className="d-flex flex-wrap gap-1 justify-content-md-end">
                <Button size="sm" variant="outline-secondary" onClick={() => setHistory(job)}>
                  {t('jobs.history')}
                </Button>
                <Button size="sm" variant="outline-primary" onClick={() => setToTrigger(job)}>
                  {t('jobs.runNow')}
                </Button>
              </div>
            )}
          />
        )}
      </QueryView>

      {history && <JobRuns key={history.name} job={history} />}

      {toTrigger && (
        <ConfirmDialog
          title={t('jobs.runNowTitle')}
          message={t('jobs.runNowConfirm', { name: toTrigger.description })}
          confirmLabel={t('jobs.runNow')}
          variant="primary"
          isPending={trigger.isPending}
          error={trigger.error}
          onCancel={close}
          onConfirm={() =>
            trigger.mutate(toTrigger.name, {
              onSuccess: () => {
                setAsked(toTrigger.description);
                setHistory(toTrigger);
                close();
              },
            })
          }
        />
      )}
    </>
  );
}
