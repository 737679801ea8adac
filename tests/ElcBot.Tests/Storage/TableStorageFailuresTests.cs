using System.Net.Sockets;
using Azure;
using ElcBot.Storage.Tables;

namespace ElcBot.Tests.Storage;

public sealed class TableStorageFailuresTests
{
    private readonly TableStorageFailures _failures = new();

    public static TheoryData<Exception, bool> Cases() => new()
    {
        { new RequestFailedException(503, "Service unavailable"), true },
        { new RequestFailedException(0, "No response"), true },
        { new InvalidOperationException("wrapped", new HttpRequestException("refused", new SocketException(111))), true },
        { new RequestFailedException(409, "Conflict"), false },
        { new RequestFailedException(404, "Not found"), false },
        { new InvalidOperationException("a bug"), false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_tell_storage_being_down_from_other_failures(Exception exception, bool unavailable) =>
        Assert.Equal(unavailable, _failures.IsStorageUnavailable(exception));
}
