using System.Net.Sockets;
using Azure;
using ElcBot.Core.Reliability;

namespace ElcBot.Storage.Tables;

/// <summary>Table Storage is unavailable when the request never got an answer, or got a server error or a throttle.</summary>
public sealed class TableStorageFailures : IStorageFailures
{
    public bool IsStorageUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case RequestFailedException { Status: 0 or 408 or 429 or >= 500 }:
                case SocketException:
                case HttpRequestException:
                case AggregateException aggregate when aggregate.InnerExceptions.Any(IsStorageUnavailable):
                    return true;
            }
        }

        return false;
    }
}
