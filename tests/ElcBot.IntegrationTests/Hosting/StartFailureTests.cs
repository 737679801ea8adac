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
        var (exitCode, line) = await RunOnSharedStorageAsync(
            $"--urls=http://127.0.0.1:{port}",
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
        var (exitCode, line) = await RunOnSharedStorageAsync("--urls=http://127.0.0.1:0");

        Assert.Equal(StartFailure.ExitCode, exitCode);
        Assert.Equal(
            "ElcBot could not start because of its settings (.env or the environment): Set Privacy__ContributorKeySecret: the secret key that keeps contributors pseudonymous.",
            line);
    }

    [Fact]
    public void Should_leave_a_failure_it_cannot_explain_to_keep_its_stack_trace()
    {
        Assert.Null(StartFailure.Explain(new InvalidOperationException("something unexpected")));
        Assert.Null(StartFailure.Explain(new AggregateException(new InvalidOperationException("x"), new AzuriteStartException("Azurite did not start."))));
    }

    [Fact]
    public async Task Should_say_the_port_must_be_a_whole_number_when_it_is_not()
    {
        var (exitCode, line) = await RunAsync("--Port=abc");

        Assert.Equal(StartFailure.ExitCode, exitCode);
        Assert.Equal("ElcBot could not start because of its settings (.env or the environment): 'abc' is not a valid Port: it must be a whole number.", line);
    }

    [Fact]
    public async Task Should_say_the_port_must_be_in_range_when_it_is_not()
    {
        var (exitCode, line) = await RunAsync("--Port=70000");

        Assert.Equal(StartFailure.ExitCode, exitCode);
        Assert.Equal("ElcBot could not start because of its settings (.env or the environment): Port must be a port number from 1 to 65535 (it is 70000).", line);
    }

    [Fact]
    public async Task Should_ask_for_the_https_table_endpoint_when_the_table_service_uri_is_not_one()
    {
        var (exitCode, line) = await RunAsync(
            "--urls=http://127.0.0.1:0",
            "--Privacy:ContributorKeySecret=integration-test-secret",
            "--Storage:TableServiceUri=stelcbot.table.core.windows.net");

        Assert.Equal(StartFailure.ExitCode, exitCode);
        Assert.Equal(
            "ElcBot could not start because of its settings (.env or the environment): Storage__TableServiceUri must be the storage account's https table endpoint, such as https://account.table.core.windows.net/ (the tableServiceUri output of infra/main.bicep).",
            line);
    }

    [Theory]
    [InlineData("Panel:ReviewDays=soon", "'soon' is not a valid Panel__ReviewDays: it must be a whole number.")]
    [InlineData("Bot:FairUse:Burst=lots", "'lots' is not a valid Bot__FairUse__Burst: it must be a whole number.")]
    [InlineData("Bot:FairUse:PerSecond=-1", "Bot__FairUse__PerSecond must be a number above 0, such as 3 or 0.5: with 0 someone who used up their burst could never send again.")]
    [InlineData("Storage:ConnectionString=AccountKey=c2VjcmV0;garbage",
        "Storage__ConnectionString is not a Table Storage connection string. It looks like DefaultEndpointsProtocol=https;AccountName=...;AccountKey=...;EndpointSuffix=core.windows.net")]
    [InlineData("Bot:FairUse:Burst=0", "Bot__FairUse__Burst must be a whole number of 1 or more: with 0 nobody could send anything.")]
    [InlineData("Storage:TablePrefix=elc-bot",
        "Storage__TablePrefix must be at most 46 letters and digits, starting with a letter (such as elc), because Azure table names allow nothing else.")]
    [InlineData("MicrosoftAppType=UserAssignedMSI", "Set MicrosoftAppTenantId: UserAssignedMSI needs the Entra tenant id the bot's identity belongs to.")]
    [InlineData("APPLICATIONINSIGHTS_CONNECTION_STRING=InstrumentationKey=c2VjcmV0;IngestionEndpoint=https://example.org/",
        "APPLICATIONINSIGHTS_CONNECTION_STRING is not an Application Insights connection string. Copy it from the resource's Overview page: it starts InstrumentationKey=. Leave it empty to send no telemetry.")]
    [InlineData("Playground:Enabled=yes", "'yes' is not a valid Playground__Enabled: it must be true or false, or empty for on in Development only.")]
    public async Task Should_name_a_setting_that_cannot_be_read_and_exit_1(string setting, string problem)
    {
        var (exitCode, line) = await RunOnSharedStorageAsync(
            "--urls=http://127.0.0.1:0",
            "--Privacy:ContributorKeySecret=integration-test-secret",
            "--" + setting);

        Assert.Equal(StartFailure.ExitCode, exitCode);
        Assert.Equal("ElcBot could not start because of its settings (.env or the environment): " + problem, line);
        Assert.DoesNotContain("c2VjcmV0", line);
    }

    [Fact]
    public async Task Should_list_every_setting_to_put_right_when_there_are_several()
    {
        var (exitCode, line) = await RunOnSharedStorageAsync(
            "--urls=http://127.0.0.1:0",
            "--Updates:AnswerWithinSeconds=99");

        Assert.Equal(StartFailure.ExitCode, exitCode);
        var lines = line.Split(Environment.NewLine);
        Assert.Equal(2, lines.Length);
        Assert.Contains(lines, l => l.EndsWith("Set Privacy__ContributorKeySecret: the secret key that keeps contributors pseudonymous.", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith("Updates__AnswerWithinSeconds must be a whole number of seconds from 1 to 30.", StringComparison.Ordinal));
    }

    /// <remarks>
    /// With no app id the SDK takes messages from anyone, as the Bot Framework Emulator needs. A deployment that forgot
    /// MicrosoftAppId used to start anyway, listening on every interface, open to anyone who found its address.
    /// </remarks>
    [Theory]
    [InlineData("http://0.0.0.0:0")]
    [InlineData("http://+:0")]
    [InlineData("http://127.0.0.1:0;http://[::]:0")]
    public async Task Should_refuse_to_start_without_an_app_id_when_it_would_listen_beyond_this_machine_outside_development(string urls)
    {
        var (exitCode, line) = await RunOnSharedStorageAsync(
            $"--urls={urls}",
            "--Privacy:ContributorKeySecret=integration-test-secret");

        Assert.Equal(StartFailure.ExitCode, exitCode);
        Assert.Equal("ElcBot could not start because of its settings (.env or the environment): " + AnonymousAccessGuard.Problem, line);
    }

    [Fact]
    public void Should_allow_running_without_an_app_id_only_in_development_or_on_loopback_addresses()
    {
        Assert.True(AnonymousAccessGuard.Allows(appId: "", development: true, ["http://+:3978"]));
        Assert.True(AnonymousAccessGuard.Allows(appId: "", development: false, ["http://127.0.0.1:3978", "http://localhost:3979", "http://[::1]:3980"]));
        Assert.True(AnonymousAccessGuard.Allows(appId: "11111111-2222-3333-4444-555555555555", development: false, ["http://+:8080"]));
        Assert.False(AnonymousAccessGuard.Allows(appId: " ", development: false, ["http://+:8080"]));
        Assert.False(AnonymousAccessGuard.Allows(appId: null, development: false, ["http://127.0.0.1:3978", "https://*:443"]));
        Assert.False(AnonymousAccessGuard.Allows(appId: null, development: false, []));
    }

    /// <summary>As <see cref="RunAsync"/>, on tables of its own in the shared Azurite; later settings win.</summary>
    private static async Task<(int ExitCode, string Line)> RunOnSharedStorageAsync(params string[] settings) =>
        await RunAsync(
            [$"--Storage:ConnectionString={await SharedAzurite.ConnectionStringAsync()}", $"--Storage:TablePrefix={SharedAzurite.UniquePrefix()}", .. settings]);

    /// <summary>Builds the host as Program does and runs it; what it wrote for the person, trimmed.</summary>
    private static async Task<(int ExitCode, string Line)> RunAsync(params string[] settings)
    {
        var errors = new StringWriter();
        var exitCode = await Task.Run(() => StartFailure.Run(() => ElcBotHost.Build([.. settings, "--Logging:LogLevel:Default=None"]), errors))
            .WaitAsync(TimeSpan.FromMinutes(1));
        return (exitCode, errors.ToString().Trim());
    }
}
