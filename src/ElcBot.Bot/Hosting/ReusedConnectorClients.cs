using System.Collections.Concurrent;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace ElcBot.Bot.Hosting;

/// <summary>One long-lived connector client per app id, service URL and audience, instead of one per turn.</summary>
/// <remarks>
/// The SDK's connector factory builds a new ConnectorClient, HttpClient and credentials for every turn, and each new
/// client's serializer settings start with an empty contract cache: most of a turn's CPU goes on rebuilding it. The
/// SDK disposes the client at the end of the turn, so turns get a view whose Dispose does nothing. The number kept is
/// capped, so activities naming many service URLs (possible only without authentication) cannot grow it without end.
/// </remarks>
public sealed class ReusedConnectorClients : IDisposable
{
    private const int MaxClients = 256;
    private readonly ConcurrentDictionary<(string? AppId, string ServiceUrl, string? Audience), IConnectorClient> _clients = new();

    public ConnectorFactory Wrap(ConnectorFactory inner, string? appId) => new Factory(this, inner, appId);

    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        _clients.Clear();
    }

    private async Task<IConnectorClient> GetAsync(ConnectorFactory inner, string? appId, string serviceUrl, string? audience, CancellationToken cancellationToken)
    {
        var key = (appId, serviceUrl, audience);
        if (_clients.TryGetValue(key, out var existing))
        {
            return new SharedView(existing);
        }

        var created = await inner.CreateAsync(serviceUrl, audience, cancellationToken).ConfigureAwait(false);
        if (_clients.Count >= MaxClients)
        {
            return created;
        }

        var kept = _clients.GetOrAdd(key, created);
        if (!ReferenceEquals(kept, created))
        {
            created.Dispose();
        }

        return new SharedView(kept);
    }

    private sealed class Factory(ReusedConnectorClients clients, ConnectorFactory inner, string? appId) : ConnectorFactory
    {
        public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
            clients.GetAsync(inner, appId, serviceUrl, audience, cancellationToken);
    }

    /// <summary>A turn's handle on a shared client: everything passes through except Dispose.</summary>
    private sealed class SharedView(IConnectorClient client) : IConnectorClient
    {
        public Uri BaseUri
        {
            get => client.BaseUri;
            set => client.BaseUri = value;
        }

        public JsonSerializerSettings SerializationSettings => client.SerializationSettings;

        public JsonSerializerSettings DeserializationSettings => client.DeserializationSettings;

        public ServiceClientCredentials Credentials => client.Credentials;

        public IAttachments Attachments => client.Attachments;

        public IConversations Conversations => client.Conversations;

        public void Dispose()
        {
        }
    }
}
