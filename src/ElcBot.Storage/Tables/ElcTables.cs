using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace ElcBot.Storage.Tables;

/// <summary>The one shared service client and the service's table clients, with the configured prefix applied.</summary>
public sealed class ElcTables(TableServiceClient serviceClient, IOptions<TableStorageOptions> options)
{
    private readonly string _prefix = options.Value.TablePrefix;

    public TableServiceClient ServiceClient => serviceClient;

    public TableClient Get(string name) => serviceClient.GetTableClient(_prefix + name);

    /// <summary>Creates every table the service needs; safe to call again.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        foreach (var name in TableNames.All)
        {
            await Get(name).CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
