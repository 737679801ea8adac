using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.Options;

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
            try
            {
                return new TableServiceClient(options.ConnectionString, clientOptions);
            }
            catch (Exception e) when (e is InvalidOperationException or FormatException or ArgumentException)
            {
                // The SDK's own message can quote part of the string, and so part of its key: it is not passed on.
                throw new OptionsValidationException(TableStorageOptions.SectionName, typeof(TableStorageOptions),
                [
                    "Storage__ConnectionString is not a Table Storage connection string. It looks like " +
                    "DefaultEndpointsProtocol=https;AccountName=...;AccountKey=...;EndpointSuffix=core.windows.net",
                ]);
            }
        }

        if (options.TableServiceUri is not null)
        {
            // The SDK sends a token only over https, and a relative address stops it with an exception naming no setting.
            if (!options.TableServiceUri.IsAbsoluteUri || options.TableServiceUri.Scheme != Uri.UriSchemeHttps)
            {
                throw new OptionsValidationException(TableStorageOptions.SectionName, typeof(TableStorageOptions),
                [
                    "Storage__TableServiceUri must be the storage account's https table endpoint, such as " +
                    "https://account.table.core.windows.net/ (the tableServiceUri output of infra/main.bicep).",
                ]);
            }

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
