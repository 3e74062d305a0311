global using FluentValidation;
global using MediatR;
global using Microfinance.Application.Common.Exceptions;
global using Microfinance.Application.Common.Interfaces;
global using Microfinance.Application.Common.Localization;
global using Microfinance.Application.Common.Models;
global using Microfinance.Application.Common.Security;
global using Microfinance.Domain.IdentityAccess;
global using Microsoft.EntityFrameworkCore;
global using ValidationException = Microfinance.Application.Common.Exceptions.ValidationException;

