using ClaimCheck.Extraction;

namespace ClaimCheck.Comparison;

/// <summary>How much each content key counts when two claims are compared: rarer keys count more.</summary>
/// <remarks>
/// Immutable and thread-safe. Without a corpus every key has its prior weight (actor ids 1.0, measure keys
/// 0.7, ordinals 0.5, inherited keys 40 %); with one (20 claims or more) the weight is scaled by inverse
/// document frequency, so that "talks" in a corpus about talks stops deciding alignment.
/// </remarks>
public sealed class KeyWeights
{
    private readonly Dictionary<string, int> _df;
    private readonly int _n;

    private KeyWeights(Dictionary<string, int> df, int n)
    {
        _df = df;
        _n = n;
    }

    /// <summary>Weights without corpus statistics.</summary>
    public static KeyWeights Prior { get; } = new(new Dictionary<string, int>(StringComparer.Ordinal), 0);

    /// <summary>Computes document frequencies over the claims of a cross-check.</summary>
    /// <param name="claims">The claims.</param>
    /// <returns>The weights.</returns>
    public static KeyWeights FromClaims(IReadOnlyList<Claim> claims)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in claims)
            foreach (var k in c.Keys.Select(Base).Distinct(StringComparer.Ordinal))
                df[k] = df.TryGetValue(k, out var n) ? n + 1 : 1;
        return new KeyWeights(df, claims.Count);
    }

    /// <summary>How many claims hold the key.</summary>
    /// <param name="key">A key (with or without the inherited mark).</param>
    /// <returns>The document frequency, 0 without a corpus.</returns>
    public int DocumentFrequency(string key) => _df.TryGetValue(Base(key), out var n) ? n : 0;

    /// <summary>The weight of a key.</summary>
    /// <param name="key">A key.</param>
    /// <returns>Its weight, ≥ 0.</returns>
    public double Weight(string key)
    {
        bool inherited = key.StartsWith('~');
        string k = Base(key);
        double prior = k.StartsWith("ord:", StringComparison.Ordinal) ? 0.5
            : k.StartsWith('#') ? 0.7
            : k.StartsWith("place:", StringComparison.Ordinal) ? 0.8
            : 1.0;
        if (inherited) prior *= 0.4;
        if (_n >= 20 && _df.TryGetValue(k, out var df))
        {
            // idf scaled so that a key in 10 % of the claims weighs 1; common keys keep half their weight, since
            // in a corpus about one event the event's own words ("talks", "Ukraine") still carry meaning
            double idf = Math.Log((_n + 1.0) / (df + 0.5));
            double mid = Math.Log(1 / 0.1);
            prior *= Math.Clamp(idf / mid, 0.5, 1.5);
        }
        return prior;
    }

    internal static string Base(string key) => key.StartsWith('~') ? key[1..] : key;
}
