using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microfinance.Application.Common.Exceptions;
using Microfinance.Application.Common.Idempotency;
namespace Microfinance.Api.Infrastructure;

public sealed class IdempotentEndpointMetadata;
