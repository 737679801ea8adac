using ElcBot.Web;
using ElcBot.Web.Hosting;

if (DotEnvFile.LoadIfPresent() is { } problem)
{
    Console.Error.WriteLine(problem);
    return StartFailure.ExitCode;
}

var app = ElcBotHost.Build(args);
app.PrintAddressesOnStart();
return StartFailure.Run(app, Console.Error);
