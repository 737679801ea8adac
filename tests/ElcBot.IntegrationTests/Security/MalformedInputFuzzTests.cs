using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using Azure.Data.Tables;
using ElcBot.Bot.Hosting;
using ElcBot.Core.Conversations;
using ElcBot.IntegrationTests.Peers;
using ElcBot.IntegrationTests.Security.Fuzz;
using ElcBot.Storage.Tables;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using Xunit.Abstractions;

namespace ElcBot.IntegrationTests.Security;

/// <summary>
/// Posts 1,200 malformed activities and card payloads, made from real Teams payloads with a fixed seed, to the real host.
/// </summary>
/// <remarks>
/// Acceptable answers: 200 (the turn ran, or chose to do nothing); 400 (the SDK could not read an activity, or ElcBot
/// refused an activity it cannot answer); 413 (over the size limit). For an invoke, the SDK answers with the invoke's
/// own status: 501 is its protocol answer for invoke names no handler implements, not a failure. Anything else, an
/// error logged by the host, an apology sent, or a stored conversation that does not read back whole, fails the test
/// with the case's number and what was done to it.
/// </remarks>
public sealed class MalformedInputFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20261126;
    private const int CaseCount = 1200;

    [Fact]
    public async Task Should_never_fail_a_turn_or_answer_5xx_when_activities_are_malformed()
    {
        await using var connector = await RecordingConnector.StartAsync();
        await using var host = await BotHost.StartAsync();
        var errors = LogCapture.AttachTo(host);
        var cases = new ActivityMutator(Seed, connector.ServiceUrl).Cases(CaseCount).ToList();
        var answers = new ConcurrentDictionary<int, HttpStatusCode>();

        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (fuzz, cancellationToken) =>
        {
            using var content = new ByteArrayContent(fuzz.Body);
            content.Headers.ContentType = fuzz.ContentType is null ? null : new MediaTypeHeaderValue(fuzz.ContentType);
            using var response = await host.Client.PostAsync("/api/messages", content, cancellationToken);
            answers[fuzz.Index] = response.StatusCode;
        });

        output.WriteLine($"Seed {Seed}, {cases.Count} cases: " + string.Join(", ", answers.Values.GroupBy(s => (int)s).OrderBy(g => g.Key).Select(g => $"{g.Count()} x {g.Key}")));
        var unacceptable = cases.Where(c => !IsAcceptable(answers[c.Index], c)).Select(c => $"{c} answered {(int)answers[c.Index]}").ToList();
        Assert.True(unacceptable.Count == 0, string.Join('\n', unacceptable.Take(20)));
        Assert.True(errors.Entries.IsEmpty, string.Join('\n', errors.Entries.Take(10)));
        Assert.DoesNotContain(connector.SentActivities, a => a["text"]?.ToString() == ElcBotAdapter.Apology);
        await AssertNothingRefusedWasStoredAsync(host, cases.Where(c => !IsSuccess(answers[c.Index])));
        await AssertEveryStoredConversationReadsBackWholeAsync(host);
    }

    private static bool IsSuccess(HttpStatusCode status) => (int)status is >= 200 and < 300;

    private static bool IsAcceptable(HttpStatusCode status, FuzzCase fuzz) =>
        status is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge
        || (fuzz.IsInvoke && status is HttpStatusCode.NotImplemented or HttpStatusCode.NotFound);

    private static async Task AssertNothingRefusedWasStoredAsync(BotHost host, IEnumerable<FuzzCase> refused)
    {
        var directory = host.Services.GetRequiredService<IConversationDirectory>();
        foreach (var fuzz in refused.Where(c => !string.IsNullOrEmpty(c.ConversationId)))
        {
            Assert.True(await directory.FindAsync(fuzz.ConversationId!, CancellationToken.None) is null, $"{fuzz} was refused but stored");
        }
    }

    /// <summary>No partial writes: every row holds a whole conversation reference naming its own conversation.</summary>
    private static async Task AssertEveryStoredConversationReadsBackWholeAsync(BotHost host)
    {
        var table = host.Services.GetRequiredService<ElcTables>().Get(TableNames.Conversations);
        var rows = 0;
        await foreach (var row in table.QueryAsync<TableEntity>())
        {
            rows++;
            var conversationId = row.GetString("ConversationId");
            Assert.Equal(TableKeys.Sanitise(conversationId), row.PartitionKey);
            Assert.True(Enum.TryParse<ConversationKind>(row.GetString("Kind"), out _), $"{conversationId}: kind");
            var reference = JsonConvert.DeserializeObject<ConversationReference>(row.GetString("ReferenceJson"));
            Assert.Equal(conversationId, reference?.Conversation?.Id);
            Assert.NotNull(row.GetDateTimeOffset("InstalledAt"));
        }

        Assert.True(rows > 0, "No install got through, so the fuzzer tested nothing useful.");
    }
}
