using System.Net;
using System.Net.Sockets;
using ElcBot.IntegrationTests.Peers;
using ElcBot.Storage.Embedded;
using ElcBot.Web;
using ElcBot.Web.Hosting;

namespace ElcBot.IntegrationTests.Hosting;

/// <summary>What the person running the bot sees when it cannot start for a reason they can put right.</summary>
public sealed class StartFailureTests
{
    [Fact]
    public async Task Should_say_the_port_is_taken_and_exit_1_when_another_copy_is_listening()
    {
        using var other = new TcpListener(IPAddress.Loopback, 0);
        other.Start();
        var port = ((IPEndPoint)other.LocalEndpoint).Port;
        var (exitCode, line) = await RunAsync(
            $"--urls=http://127.0.0.1:{port}",
            $"--Storage:ConnectionString={await SharedAzurite.ConnectionStringAsync()}",
            $"--Storage:TablePrefix={SharedAzurite.UniquePrefix()}",
            "--Privacy:ContributorKeySecret=integration-test-secret");

        Assert.Equal(StartFailure.ExitCode, exitCode);
        Assert.Contains($"127.0.0.1:{port}", line);
        Assert.Contains("Is ElcBot already running in another window?", line);
        Assert.DoesNotContain("   at ", line);
    }

    [Fact]
    public async Task Should_say_how_to_install_the_emulator_and_exit_1_when_it_is_missing()
    {
        var missing = Path.Combine(Path.GetTempPath(), "elcbot-no-azurite-" + Guid.NewGuid().ToString("N"));
        var (exitCode, line) = await RunAsync(
            "--urls=http://127.0.0.1:0",
            $"--Storage:Embedded:Port={AzuriteProcess.FreePort()}",
            $"--Storage:Embedded:ToolDirectory={missing}",
            "--Privacy:ContributorKeySecret=integration-test-secret");

        Assert.Equal(StartFailure.ExitCode, exitCode);
        Assert.Equal(
            $"ElcBot could not start its local Table Storage emulator: Azurite is not installed at {Path.Combine(missing, "node_modules", ".bin", "azurite-table")}. Run scripts/run.sh (or 'npm ci' in tools/azurite) first.",
            line);
    }

    [Fact]
    public async Task Should_name_the_setting_to_set_and_exit_1_when_a_required_one_is_missing()
    {
        var (exitCode, line) = await RunAsync(
            "--urls=http://127.0.0.1:0",
            $"--Storage:ConnectionString={await SharedAzurite.ConnectionStringAsync()}",
            $"--Storage:TablePrefix={SharedAzurite.UniquePrefix()}");

        Assert.Equal(StartFailure.ExitCode, exitCode);
        Assert.Equal(
            "ElcBot could not start because of its settings (.env or the environment): Set Privacy__ContributorKeySecret: the secret key that keeps contributors pseudonymous.",
            line);
    }

    [Fact]
    public void Should_leave_a_failure_it_cannot_explain_to_keep_its_stack_trace()
    {
        Assert.Null(StartFailure.Explain(new InvalidOperationException("something unexpected")));
        Assert.NotNull(StartFailure.Explain(new AggregateException(new InvalidOperationException("x"), new AzuriteStartException("Azurite did not start."))));
    }

    /// <summary>Builds the host as Program does and runs it; what it wrote for the person, trimmed.</summary>
    private static async Task<(int ExitCode, string Line)> RunAsync(params string[] settings)
    {
        var app = ElcBotHost.Build([.. settings, "--Logging:LogLevel:Default=None"]);
        var errors = new StringWriter();
        var exitCode = await Task.Run(() => StartFailure.Run(app, errors)).WaitAsync(TimeSpan.FromMinutes(1));
        return (exitCode, errors.ToString().Trim());
    }
}
