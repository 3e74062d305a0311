using Microfinance.Api.Infrastructure;
using Microfinance.Application;
using Microfinance.Infrastructure;
using Microfinance.Infrastructure.Data;
using Microfinance.Infrastructure.Identity;

var builder = WebApplication.CreateBuilder(args);

builder.Services
    .AddApplication()
    .AddInfrastructure(builder.Configuration, builder.Environment)
    .AddJwtAuthentication(builder.Configuration, builder.Environment)
    .AddWebApi(builder.Configuration);

var app = builder.Build();
await DatabaseInitializer.InitializeAsync(app.Services, app.Configuration);
app.UseWebApi();
await app.RunAsync();

/// <summary>Entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
