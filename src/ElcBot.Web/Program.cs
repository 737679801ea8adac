using ElcBot.Web;
using ElcBot.Web.Hosting;

if (DotEnvFile.LoadIfPresent() is { } problem)
{
    Console.Error.WriteLine(problem);
    return StartFailure.ExitCode;
}

return StartFailure.Run(
    () =>
    {
        var app = ElcBotHost.Build(args);
        app.PrintAddressesOnStart();
        return app;
    },
    Console.Error);
