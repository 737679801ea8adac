using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace ElcBot.Bot.State;

/// <summary>How bot state is written to storage: with type names, as the SDK's own storages do, but only for trusted types.</summary>
public static class StateSerialization
{
    public static readonly JsonSerializerSettings Settings = new()
    {
        // BotState reads back typed objects; type names make that work without the caller's help.
        TypeNameHandling = TypeNameHandling.All,
        SerializationBinder = new TrustedTypesBinder(),
        MaxDepth = 64,
        NullValueHandling = NullValueHandling.Include,
    };

    /// <summary>Refuses type names outside our code, the SDK and the base library, so stored data cannot name arbitrary types.</summary>
    private sealed class TrustedTypesBinder : DefaultSerializationBinder
    {
        public override Type BindToType(string? assemblyName, string typeName)
        {
            var name = assemblyName ?? string.Empty;
            var trusted = name.StartsWith("ElcBot.", StringComparison.Ordinal)
                || name.StartsWith("Microsoft.Bot.", StringComparison.Ordinal)
                || name is "System.Private.CoreLib" or "mscorlib" or "Newtonsoft.Json" or "System.Collections";
            if (!trusted)
            {
                throw new JsonSerializationException($"Stored state names a type from an untrusted assembly: {name}.");
            }

            return base.BindToType(assemblyName, typeName);
        }
    }
}
