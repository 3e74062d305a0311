using Microfinance.Application.Common.Interfaces;
using Microfinance.Infrastructure.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Microfinance.Infrastructure.Jobs;

/// <summary>
/// The scheduled jobs, on Quartz with its PostgreSQL job store and clustering (docs/operations.md "Scheduled jobs"):
/// every instance runs a scheduler, and each firing runs once in the cluster, on whichever instance takes it first.
/// Adding a job is one <c>Add</c> line in <see cref="AddScheduler"/>.
/// </summary>
public static class SchedulerSetup
{
    public const string Section = "Jobs:Scheduler";

    public static void AddScheduler(this IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        var catalogue = new JobCatalogue();
        services.AddSingleton(catalogue);
        services.AddSingleton<IScheduledJobs, ScheduledJobs>();
        services.AddSingleton<JobRunRecorder>();
        services.AddSingleton<PaymentReconciliationJob>();
        services.Configure<QuartzOptions>(o =>
        {
            // Each instance stores the jobs and triggers it was built with (a new interval or cron applies), and a
            // replaced trigger keeps its place in time: a restart neither fires every job at once nor forgets a misfire.
            o.Scheduling.OverwriteExistingData = true;
            o.Scheduling.ScheduleTriggerRelativeToReplacedTrigger = true;
        });

        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s =>
            {
                s.InstanceName = "Microfinance";
                s.GenerateInstanceId = true; // host name and a timestamp: unique per process, as clustering needs
                // A stopping instance cancels its runs' tokens rather than wait for them (see RecoverFiringsCancelledByShutdown).
                s.ShutdownJobInterruption = ShutdownJobInterruption.WhenNotWaitingForJobs;
            });
            q.UsePersistentStore(store =>
            {
                store.UseDataSource(d =>
                {
                    d.Provider = DataSourceOptions.Providers.Npgsql;
                    d.ConnectionString = connectionString;
                });
                store.UseClustering(c =>
                {
                    c.CheckinInterval = TimeSpan.FromSeconds(configuration.GetValue($"{Section}:CheckinSeconds", 10.0));
                    c.CheckinMisfireThreshold = TimeSpan.FromSeconds(configuration.GetValue($"{Section}:CheckinMisfireSeconds", 20.0));
                });
                store.ConfigureStore(o =>
                {
                    o.TablePrefix = "qrtz_";
                    // The tables come with the migrations (Data/Migrations/Sql/quartz_tables_postgres.sql), like every other table.
                    o.SchemaProvisioning = SchemaProvisioning.None;
                    o.MisfireThreshold = TimeSpan.FromSeconds(configuration.GetValue($"{Section}:MisfireThresholdSeconds", 60.0));
                    // A run cut short by its instance's shutdown is run again by another instance, as after a crash.
                    o.RecoverFiringsCancelledByShutdown = true;
                });
            });
            q.AddJobListener(p => p.GetRequiredService<JobRunRecorder>());

            void Add<TJob>(string name, string section, string description, TimeSpan every) where TJob : IJob
            {
                if (!configuration.GetValue($"{section}:Enabled", true)) return;
                var job = new ScheduledJob(name, description, typeof(TJob), every, configuration[$"{section}:Cron"]);
                catalogue.Add(job);
                // Every job may be run again by another instance when the one running it dies (its work is idempotent),
                // and runs once at a time in the cluster.
                q.AddJob<TJob>(j => j.WithIdentity(job.Key).WithDescription(description).StoreDurably().RequestRecovery().DisallowConcurrentExecution());
                q.AddTrigger<TJob>(t => t.WithIdentity(job.TriggerKey).ForJob(job.Key).StartNow().WithSchedule(job.Schedule()));
            }

            Add<EndOfDayJob>("end-of-day", "Jobs:EndOfDay",
                "Fin de journée : pénalités et retards des prêts, pour chaque institution dont la journée est finie",
                TimeSpan.FromMinutes(configuration.GetValue("Jobs:EndOfDay:CheckMinutes", 15.0)));
            Add<SavingsInterestJob>("savings-interest", "Jobs:SavingsInterest",
                "Intérêts d'épargne du mois écoulé, pour chaque institution dont le mois est fini",
                TimeSpan.FromMinutes(configuration.GetValue("Jobs:SavingsInterest:CheckMinutes", 60.0)));
            Add<RemindersJob>("reminders", "Jobs:Reminders",
                "Rappels d'échéances et de cotisations, une fois l'heure locale de l'institution passée",
                TimeSpan.FromMinutes(configuration.GetValue("Jobs:Reminders:CheckMinutes", 30.0)));
            Add<PaymentReconciliationJob>("payment-reconciliation", "Jobs:PaymentReconciliation",
                "Rapprochement des paiements mobiles restés en attente, et expiration des plus anciens",
                TimeSpan.FromSeconds(configuration.GetValue("Jobs:PaymentReconciliation:CheckSeconds", 60.0)));
            Add<AnomalyDetectionJob>("anomaly-detection", "Jobs:AnomalyDetection",
                "Détection des anomalies : chaque règle sur les données de chaque institution",
                TimeSpan.FromHours(configuration.GetValue("Jobs:AnomalyDetection:EveryHours", 24.0)));
            Add<OutboxDeliveryJob>(OutboxWakeUp.JobName, OutboxOptions.Section,
                "Envoi des e-mails et SMS en attente dans la boîte d'envoi",
                TimeSpan.FromSeconds(configuration.GetValue($"{OutboxOptions.Section}:PollSeconds", new OutboxOptions().PollSeconds)));
        });

        // An instance may leave the jobs to the others (and the functional tests run them themselves): its API still
        // lists and triggers them, through the shared job store.
        if (configuration.GetValue($"{Section}:Enabled", true))
            services.AddQuartzHostedService(o =>
            {
                o.AwaitApplicationStarted = true;
                // A stopping instance does not wait for a long run: the run's token is cancelled, and another instance
                // runs it again (RequestRecovery).
                o.WaitForJobsToComplete = false;
            });
        services.AddHealthChecks().AddCheck<SchedulerHealthCheck>("scheduler", tags: ["ready"]);
    }
}
