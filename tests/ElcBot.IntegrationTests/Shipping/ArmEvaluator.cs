using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace ElcBot.IntegrationTests.Shipping;

/// <summary>
/// Works out the values in a compiled ARM template offline, for the few functions bicep writes in infra/, so a test can
/// see what a deployment would really give a resource. Values known only in Azure come from the caller's samples.
/// </summary>
/// <remarks>A function it does not know fails the test by name: a new one in the template must be added here, not skipped.</remarks>
public sealed class ArmEvaluator(JsonObject template, IReadOnlyDictionary<string, JsonNode?> parameters, IReadOnlyDictionary<string, JsonNode?> references)
{
    private readonly Dictionary<string, int> _copyIndexes = new(StringComparer.Ordinal);

    /// <summary>The value with every expression in it (at any depth) replaced by what it works out to.</summary>
    public JsonNode? Evaluate(JsonNode? value) => value switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Evaluate(p.Value)))),
        JsonArray array => new JsonArray(array.Select(Evaluate).ToArray()),
        JsonValue text when text.TryGetValue<string>(out var s) && s.StartsWith("[[", StringComparison.Ordinal) => JsonValue.Create(s[1..]),
        JsonValue text when text.TryGetValue<string>(out var s) && s.StartsWith('[') && s.EndsWith(']') => new ExpressionReader(this, s[1..^1]).ReadWhole(),
        _ => value?.DeepClone(),
    };

    private JsonNode? Call(string name, IReadOnlyList<JsonNode?> args) => name switch
    {
        "parameters" => Parameter(Text(args[0])),
        "variables" => Variable(Text(args[0])),
        "reference" => references.TryGetValue(Text(args[0]), out var found) ? found?.DeepClone()
            : throw new KeyNotFoundException($"No sample for reference('{Text(args[0])}')."),
        "copyIndex" => _copyIndexes[Text(args[0])] + (args.Count > 1 ? args[1]!.GetValue<int>() : 0),
        "createArray" => new JsonArray(args.Select(a => a?.DeepClone()).ToArray()),
        "createObject" => new JsonObject(args.Chunk(2).Select(pair => KeyValuePair.Create(Text(pair[0]), pair[1]?.DeepClone()))),
        "flatten" => new JsonArray(args[0]!.AsArray().SelectMany(inner => inner!.AsArray()).Select(a => a?.DeepClone()).ToArray()),
        "concat" when args.All(a => a is JsonArray) => new JsonArray(args.SelectMany(a => a!.AsArray()).Select(a => a?.DeepClone()).ToArray()),
        "concat" => string.Concat(args.Select(Text)),
        "format" => string.Format(CultureInfo.InvariantCulture, Text(args[0]), args.Skip(1).Select(a => (object)Text(a)).ToArray()),
        "length" => args[0] switch
        {
            JsonArray array => array.Count,
            JsonObject obj => obj.Count,
            var other => Text(other).Length,
        },
        _ => throw new NotSupportedException($"ArmEvaluator does not know the ARM function {name}(); add it."),
    };

    private JsonNode? Parameter(string name)
    {
        if (parameters.TryGetValue(name, out var sample))
        {
            return sample?.DeepClone();
        }

        return template["parameters"]?[name]?["defaultValue"] is { } fallback
            ? Evaluate(fallback)
            : throw new KeyNotFoundException($"No sample for parameters('{name}') and the template gives it no default.");
    }

    private JsonNode? Variable(string name)
    {
        var variables = template["variables"]!.AsObject();
        if (variables.TryGetPropertyValue(name, out var plain))
        {
            return Evaluate(plain);
        }

        // A bicep for-expression becomes an ARM copy loop: the input is worked out once for each index.
        var loop = variables["copy"]!.AsArray().Single(c => c!["name"]!.GetValue<string>() == name)!;
        var count = Evaluate(loop["count"])!.GetValue<int>();
        var items = new JsonArray();
        for (var index = 0; index < count; index++)
        {
            _copyIndexes[name] = index;
            items.Add(Evaluate(loop["input"]));
        }

        _copyIndexes.Remove(name);
        return items;
    }

    private static string Text(JsonNode? node) => node switch
    {
        null => string.Empty,
        JsonValue value when value.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString(),
    };

    /// <summary>Reads one expression: calls, 'text' and whole numbers, then any .property or [index] after them.</summary>
    private sealed class ExpressionReader(ArmEvaluator evaluator, string text)
    {
        private int _at;

        public JsonNode? ReadWhole()
        {
            var value = Read();
            SkipSpaces();
            return _at == text.Length ? value : throw Unexpected();
        }

        private JsonNode? Read()
        {
            var value = ReadPrimary();
            while (true)
            {
                SkipSpaces();
                if (TryTake('.'))
                {
                    value = value![ReadName()];
                }
                else if (TryTake('['))
                {
                    var index = Read();
                    Take(']');
                    value = index is JsonValue number && number.TryGetValue<int>(out var i) ? value![i] : value![Text(index)];
                }
                else
                {
                    return value?.DeepClone();
                }
            }
        }

        private JsonNode? ReadPrimary()
        {
            SkipSpaces();
            if (TryTake('\''))
            {
                return ReadQuoted();
            }

            if (_at < text.Length && (char.IsAsciiDigit(text[_at]) || text[_at] == '-'))
            {
                var start = _at++;
                while (_at < text.Length && char.IsAsciiDigit(text[_at]))
                {
                    _at++;
                }

                return int.Parse(text[start.._at], CultureInfo.InvariantCulture);
            }

            var name = ReadName();
            Take('(');
            var args = new List<JsonNode?>();
            SkipSpaces();
            if (!TryTake(')'))
            {
                do
                {
                    args.Add(Read());
                    SkipSpaces();
                }
                while (TryTake(','));
                Take(')');
            }

            return evaluator.Call(name, args);
        }

        private JsonValue ReadQuoted()
        {
            // Inside ARM strings a quote is written twice.
            var value = new StringBuilder();
            while (true)
            {
                if (_at >= text.Length)
                {
                    throw Unexpected();
                }

                if (text[_at] == '\'' && (_at + 1 >= text.Length || text[_at + 1] != '\''))
                {
                    _at++;
                    return JsonValue.Create(value.ToString());
                }

                _at += text[_at] == '\'' ? 2 : 1;
                value.Append(text[_at - 1]);
            }
        }

        private string ReadName()
        {
            var start = _at;
            while (_at < text.Length && (char.IsAsciiLetterOrDigit(text[_at]) || text[_at] == '_'))
            {
                _at++;
            }

            return _at > start ? text[start.._at] : throw Unexpected();
        }

        private void SkipSpaces()
        {
            while (_at < text.Length && text[_at] == ' ')
            {
                _at++;
            }
        }

        private bool TryTake(char expected)
        {
            if (_at < text.Length && text[_at] == expected)
            {
                _at++;
                return true;
            }

            return false;
        }

        private void Take(char expected)
        {
            SkipSpaces();
            if (!TryTake(expected))
            {
                throw Unexpected();
            }
        }

        private FormatException Unexpected() => new($"Cannot read the ARM expression [{text}] at character {_at}.");
    }
}
