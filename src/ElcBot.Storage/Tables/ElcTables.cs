using System.Collections.Concurrent;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace ElcBot.Storage.Tables;

/// <summary>The one shared service client and the service's table clients, with the configured prefix applied.</summary>
public sealed class ElcTables(TableServiceClient serviceClient, IOptions<TableStorageOptions> options)
{
    private readonly string _prefix = options.Value.TablePrefix;

    // Table clients are thread-safe and meant to live long; making one parses the account's address each time.
    private readonly ConcurrentDictionary<string, TableClient> _clients = new(StringComparer.Ordinal);

    public TableServiceClient ServiceClient => serviceClient;

    public TableClient Get(string name) => _clients.GetOrAdd(name, n => serviceClient.GetTableClient(_prefix + n));

    /// <summary>Creates every table the service needs; safe to call again.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        foreach (var name in TableNames.All)
        {
            await Get(name).CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
