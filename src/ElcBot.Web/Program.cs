using ElcBot.Web;
using ElcBot.Web.Hosting;

DotEnvFile.LoadIfPresent();
var app = ElcBotHost.Build(args);
app.PrintAddressesOnStart();
return StartFailure.Run(app, Console.Error);
