using ElcBot.Bot;
using ElcBot.Storage;
using ElcBot.Web.Hosting;

DotEnvFile.LoadIfPresent();

var builder = WebApplication.CreateBuilder(args);
builder.UseElcBotUrls();
builder.AddElcBotTelemetry();
builder.Services.AddElcBotStorage(builder.Configuration);
builder.Services.AddElcBot(builder.Configuration);

var app = builder.Build();
app.MapHealthChecks("/healthz");
app.MapElcBot();
app.PrintAddressesOnStart();
app.Run();

/// <summary>The host's entry point, visible to the integration tests that start it.</summary>
public partial class Program;
