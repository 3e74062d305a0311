using MediatR;
using Microfinance.Api.Infrastructure;
using Microfinance.Application.Common.Models;
using Microfinance.Application.Notifications;
using Microfinance.Application.Notifications.Commands.MarkAllNotificationsRead;
using Microfinance.Application.Notifications.Commands.MarkNotificationRead;
using Microfinance.Application.Notifications.Commands.RetryOutboxMessage;
using Microfinance.Application.Notifications.Commands.SendReminders;
using Microfinance.Application.Notifications.Commands.UpdateNotificationPreferences;
using Microfinance.Application.Notifications.Queries.GetNotificationPreferences;
using Microfinance.Application.Notifications.Queries.GetOutboxMessage;
using Microfinance.Application.Notifications.Queries.GetUnreadNotificationCount;
using Microfinance.Application.Notifications.Queries.ListClientMessages;
using Microfinance.Application.Notifications.Queries.ListNotifications;
using Microfinance.Application.Notifications.Queries.ListOutboxMessages;

namespace Microfinance.Api.Endpoints;

/// <summary>
/// Each user's notifications feed (also pushed live on the SignalR hub at /hubs/notifications) and how they want to be
/// told (docs/notifications.md).
/// </summary>
public static class NotificationsEndpoints
{
    public static void MapNotificationsEndpoints(this RouteGroupBuilder api)
    {
        var notifications = api.MapGroup("/notifications").WithTags("Notifications");

        notifications.MapGet("/", async ([AsParameters] ListNotificationsQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok<PagedList<NotificationDto>>(await mediator.Send(query, ct)))
            .WithSummary("My notifications, newest first (filter by kind, or unread only)")
            .ProducesValidationProblem().ProducesErrors();

        notifications.MapGet("/unread-count", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetUnreadNotificationCountQuery(), ct)))
            .WithSummary("How many of my notifications are unread").ProducesErrors();

        notifications.MapPost("/{id:guid}/read", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new MarkNotificationReadCommand(id), ct)))
            .WithSummary("Mark one of my notifications read").ProducesErrors(404);

        notifications.MapPost("/read-all", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new MarkAllNotificationsReadCommand(), ct)))
            .WithSummary("Mark all my notifications read; answers how many were unread").ProducesErrors();

        notifications.MapGet("/preferences", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetNotificationPreferencesQuery(), ct)))
            .WithSummary("My notification language and the kinds I also receive by e-mail").ProducesErrors();

        notifications.MapPut("/preferences", async (UpdateNotificationPreferencesCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command, ct)))
            .WithSummary("Set my notification language (fr or en) and the kinds I also receive by e-mail")
            .ProducesValidationProblem().ProducesErrors();

        MapOutbox(api.MapGroup("/outbox").WithTags("Notifications"));
        MapReminders(api);
    }

    /// <summary>The e-mails and SMS waiting, sent or dead-lettered (docs/notifications-outbox.md): administrators see them and send a failed one again.</summary>
    private static void MapOutbox(RouteGroupBuilder outbox)
    {
        outbox.MapGet("/", async ([AsParameters] ListOutboxMessagesQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithSummary("The outbox's e-mails and SMS, newest first, with the counts per status (filter by status and channel)")
            .ProducesValidationProblem().ProducesErrors();

        outbox.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetOutboxMessageQuery(id), ct)))
            .WithSummary("One message of the outbox, with its attempts and last error").ProducesErrors(404);

        outbox.MapPost("/{id:guid}/retry", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RetryOutboxMessageCommand(id), ct)))
            .WithSummary("Send a failed (dead-lettered) message again: pending at once, attempts reset (SfdAdmin)")
            .ProducesErrors(404, 422);
    }

    /// <summary>The reminders job and what it (and any other use case) wrote to a client (docs/notifications-reminders.md).</summary>
    private static void MapReminders(RouteGroupBuilder api)
    {
        api.MapPost("/jobs/reminders", async (SendRemindersCommand? command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command ?? new SendRemindersCommand(), ct)))
            .WithTags("Jobs")
            .WithSummary("Send the day's reminders: installments due soon and overdue, tontine contributions missed; each once (SfdAdmin)")
            .ProducesValidationProblem().ProducesErrors();

        api.MapGet("/clients/{id:guid}/messages", async (Guid id, IMediator mediator, CancellationToken ct, int page = 1, int pageSize = Paging.DefaultPageSize) =>
                TypedResults.Ok<PagedList<ClientMessageDto>>(await mediator.Send(new ListClientMessagesQuery(page, pageSize) { ClientId = id }, ct)))
            .WithTags("Clients").WithSummary("What was sent to a client (SMS reminders), newest first, with its delivery status")
            .ProducesValidationProblem().ProducesErrors(404);
    }
}
