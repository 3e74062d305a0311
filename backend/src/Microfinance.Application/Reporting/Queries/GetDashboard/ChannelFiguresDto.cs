using Microfinance.Domain.Deposits;

namespace Microfinance.Application.Reporting.Queries.GetDashboard;

public sealed record ChannelFiguresDto(Channel Channel, int Count, decimal Amount);
