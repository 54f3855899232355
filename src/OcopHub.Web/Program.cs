using OcopHub.Web.Data;
using OcopHub.Web.Features;
using OcopHub.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddOcopLogging();
builder.Services.AddOcopDatabase(builder.Configuration);
builder.Services.AddOcopSecurity(builder.Configuration);
builder.Services.AddOcopWeb(builder.Configuration);
builder.Services.AddOcopFeatures(builder.Configuration);

var app = builder.Build();

// `dotnet run --project src/OcopHub.Web -- <command>` runs a maintenance command instead of the server.
if (await CommandLine.TryRunAsync(app, args)) return;

await app.InitialiseDatabaseAsync();
app.UseOcopPipeline();
app.MapOcopEndpoints();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
