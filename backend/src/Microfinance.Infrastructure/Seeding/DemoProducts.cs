using MediatR;
using Microfinance.Application.Accounting;
using Microfinance.Application.Common.Interfaces;
using Microfinance.Application.Deposits.Commands.CreateDepositProduct;
using Microfinance.Application.IdentityAccess;
using Microfinance.Application.Loans.Commands.CreateLoanProduct;
using Microfinance.Domain.Deposits;
using Microfinance.Domain.IdentityAccess;
using Microfinance.Domain.Loans;
using Microfinance.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Microfinance.Infrastructure.Seeding;

public sealed record DemoProducts(Guid Savings, Guid Current, Guid Loan, Guid SimpleCredit);
