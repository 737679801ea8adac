using Azure.Data.Tables;
using Azure.Identity;

namespace ElcBot.Storage.Tables;

/// <summary>Builds the service client from either a connection string or a URI with Azure credentials.</summary>
public static class TableServiceClientFactory
{
    public static TableServiceClient Create(TableStorageOptions options, string? embeddedConnectionString)
    {
        var clientOptions = new TableClientOptions();
        // Fail fast instead of retrying for a minute: the person is waiting on the other end of a turn.
        clientOptions.Retry.MaxRetries = 2;
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);

        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new TableServiceClient(options.ConnectionString, clientOptions);
        }

        if (options.TableServiceUri is not null)
        {
            var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions
            {
                ManagedIdentityClientId = options.ManagedIdentityClientId,
            });
            return new TableServiceClient(options.TableServiceUri, credential, clientOptions);
        }

        if (embeddedConnectionString is null)
        {
            throw new InvalidOperationException(
                "No Table Storage is configured and the embedded Azurite is not running. " +
                "Set Storage__ConnectionString or Storage__TableServiceUri, or start the bot with scripts/run.sh.");
        }

        return new TableServiceClient(embeddedConnectionString, clientOptions);
    }
}
